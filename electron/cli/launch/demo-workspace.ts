// The desktop app opens PLANWRIGHT_HOME/workspace.db; on first use `npm start` seeds it with the
// demo data (relative to today) before the shell starts, as the browser fallback does.
import fs from 'node:fs';
import path from 'node:path';
import { seedDemoIfEmpty } from '../../backend/seed/demo';
import { openWorkspace } from '../../backend/workspace';

export async function seedDemoWorkspace(dbPath: string): Promise<void> {
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  const ws = await openWorkspace(dbPath, { backup: false });
  try {
    const data = seedDemoIfEmpty(ws.store);
    if (data) console.log(`Created demo workspace ${dbPath} (${data.operatives.length} operatives, ${data.jobs.length} jobs)`);
  } finally {
    ws.close();
  }
}
