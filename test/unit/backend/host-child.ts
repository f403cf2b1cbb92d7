// A real host in its own process (so a crash shows as an exit, not a dead test runner): a
// workspace on a real SQLite file, the real dispatcher and startHost, a small renderer folder.
// Prints "READY <port> <token>" and serves until killed. Also used by the read-only tests.
import fs from 'node:fs';
import path from 'node:path';
import { openWorkspace } from '../../../electron/backend/workspace';
import { startHost } from '../../../electron/host/server';

const [dbPath, rendererDir, mode] = process.argv.slice(2) as [string, string, string | undefined];
fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Planwright</title>');
fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
// 'app': as the desktop app and npm start open it (a read-only file opens read-only).
const ws = await openWorkspace(dbPath, { checkOutput: true, readOnlyFallback: mode === 'app' });
const host = await startHost({ dispatch: ws.dispatch, rendererDir });
process.stdout.write(`READY ${host.port} ${host.token}\n`);
