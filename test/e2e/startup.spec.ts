// `npm start` where Electron cannot run (PLANWRIGHT_NO_ELECTRON=1): the host listens on a random
// port (never the old fixed 4870) with the token mandatory on every API call; a workspace that
// cannot be opened gets the start-up error page, which restores a backup and then opens the app.
// An emptied workspace is never seeded with demo data.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSeed } from '../../shared/seed/generate';
import { writeSeed } from '../../electron/backend/seed/write-seed';
import { listBackups } from '../../electron/backend/store/backup';
import { openWorkspace } from '../../electron/backend/workspace';
import { expect, test } from './fixtures';

const TSX = path.resolve('node_modules/.bin/tsx');

async function npmStart(home: string): Promise<{ child: ChildProcess; url: URL; output: () => string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PLANWRIGHT_HOME: home, PLANWRIGHT_NO_ELECTRON: '1' };
  delete env.DISPLAY; // never open a real browser from a test
  delete env.WAYLAND_DISPLAY;
  delete env.PLANWRIGHT_PORT;
  const child = spawn(TSX, [path.resolve('electron/cli/start.ts')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  await expect
    .poll(() => /Planwright at (\S+)/.exec(out)?.[1] ?? (child.exitCode !== null ? `exited: ${out}` : null), { timeout: 60_000 })
    .toMatch(/^http/);
  return { child, url: new URL(/Planwright at (\S+)/.exec(out)![1]!), output: () => out };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

test('npm start: a random port, the token on every API call, demo data in a new workspace, cards on the first screen', async ({ page }) => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-start-'));
  const { child, url } = await npmStart(home);
  try {
    expect(Number(url.port)).not.toBe(4870);
    const origin = `${url.protocol}//${url.host}`;
    const token = url.hash.replace('#token=', '');
    const bare = await fetch(`${origin}/api/workspace/get-info`, { method: 'POST', body: '{}' });
    expect(bare.status).toBe(401);
    const info = await fetch(`${origin}/api/workspace/get-info`, { method: 'POST', body: '{}', headers: { 'x-planwright-token': token } });
    expect(((await info.json()) as { result: { counts: { jobs: number } } }).result.counts.jobs).toBe(400);
    await page.goto(url.toString());
    await expect(page.getByText('400 jobs')).toBeVisible();
    // The first screen is the diary on a week with work: cards, not an empty week.
    await expect(page.locator('.timeline [data-job-ref]').first()).toBeVisible();
  } finally {
    await stop(child);
    fs.rmSync(home, { recursive: true, force: true });
  }
});

test('npm start on an emptied workspace: no demo data; the start-up page restores the newest good backup', async ({ page }) => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-start-'));
  const db = path.join(home, 'workspace.db');
  // A workspace with 12 jobs, opened once more for work so a backup of it exists.
  const ws = await openWorkspace(db);
  writeSeed(ws.store, generateSeed({ operatives: 3, jobs: 12, days: 3, start: '2027-01-04', scheduled: 0.5, seed: 5 }), 'Seed');
  ws.close();
  (await openWorkspace(db)).close();
  const [backup] = listBackups(db);
  expect(backup).toBeDefined();
  // Then it is emptied (a failed sync, a bad copy): 0 bytes.
  fs.truncateSync(db, 0);
  for (const f of [`${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });

  const { child, url, output } = await npmStart(home);
  try {
    expect(output()).toContain('is empty (0 bytes)');
    expect(fs.statSync(db).size).toBe(0); // not seeded with demo data
    await page.goto(url.toString());
    await expect(page.getByRole('heading', { name: 'The workspace could not be opened' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('is empty (0 bytes)');
    await expect(page.getByRole('alert')).toContainText(`The newest good backup is ${backup!.id}`);
    await page.getByRole('button', { name: `Restore backup ${backup!.id}` }).click();
    await expect(page.getByText('12 jobs')).toBeVisible();
    expect(listBackups(db).some((b) => b.kind === 'damaged')).toBe(true); // the emptied file was kept aside
  } finally {
    await stop(child);
    fs.rmSync(home, { recursive: true, force: true });
  }
});
