// `npm run bench:start`: time (and CPU) from `npm start` to the printed URL, in the browser fallback (this
// machine cannot run Electron), cold (renderer sources changed: a full Vite build, plus seeding a
// fresh demo workspace) and warm (nothing changed: no build, existing workspace). Numbers, not a
// timed test; the machine's load average is printed beside them.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultCache } from '../../../electron/cli/launch/renderer-cache';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function load(): string {
  return os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

/** CPU seconds used so far by a process group (Linux /proc; clock ticks of 1/100 s), null elsewhere. */
function groupCpu(pgid: number): number | null {
  if (!fs.existsSync('/proc')) return null;
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from "state" on
      if (Number(f[2]) !== pgid) continue;
      ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]); // utime stime cutime cstime
    } catch {
      /* exited meanwhile */
    }
  }
  return ticks / 100;
}

function timeToUrl(home: string): Promise<{ ms: number; cpu: number | null; built: boolean; seeded: boolean }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      detached: true, // its own process group: npm → tsx → node all stop together
      env: { ...process.env, PLANWRIGHT_NO_ELECTRON: '1', PLANWRIGHT_HOME: home, PLANWRIGHT_PORT: '0', DISPLAY: '', WAYLAND_DISPLAY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const stop = () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* already gone */
      }
    };
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (/Planwright at http:\/\/127\.0\.0\.1:\d+\//.test(out)) {
        const ms = performance.now() - t0;
        const cpu = groupCpu(child.pid!);
        child.once('exit', () =>
          resolve({ ms, cpu, built: out.includes('Building the renderer'), seeded: out.includes('Created demo workspace') }),
        );
        stop();
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => {
      if (!/Planwright at/.test(out)) reject(new Error(`npm start exited (${code}) before printing its URL\n${out}\n${err}`));
    });
    setTimeout(() => {
      stop();
      reject(new Error(`no URL after 10 minutes\n${out}\n${err}`));
    }, 600_000).unref();
  });
}

const stamps = [defaultCache(ROOT).stamp, path.join(ROOT, 'dist', '.launcher-build-hash')];
const cpuText = (c: number | null) => (c === null ? 'n/a' : `${c.toFixed(2)} s`);
const rows: string[][] = [];
for (let i = 0; i < RUNS; i++) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-bench-start-'));
  for (const s of stamps) fs.rmSync(s, { force: true }); // as if the sources had changed: renderer and launcher rebuilt
  const before = load();
  const cold = await timeToUrl(home);
  rows.push([`cold #${i + 1}`, `${(cold.ms / 1000).toFixed(2)} s`, cpuText(cold.cpu), `built=${cold.built} seeded=${cold.seeded}`, before]);
  const beforeWarm = load();
  const warm = await timeToUrl(home);
  rows.push([
    `warm #${i + 1}`,
    `${(warm.ms / 1000).toFixed(2)} s`,
    cpuText(warm.cpu),
    `built=${warm.built} seeded=${warm.seeded}`,
    beforeWarm,
  ]);
  fs.rmSync(home, { recursive: true, force: true });
}
console.log('npm start → "Planwright at …" (browser fallback), seconds');
console.log(['run', 'time to URL', 'CPU used', 'what happened', 'load average (1/5/15 min)'].join('\t'));
for (const r of rows) console.log(r.join('\t'));
