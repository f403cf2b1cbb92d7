// Benchmark: publishing and verifying a 5,000-job week (targets: publish < 1 s, verify < 200 ms).
// Run: npm run bench:pack
// Publish includes everything the planner waits for: the pre-publish checks, timing the week,
// rendering every file, unlocking the key (scrypt N=2^15), signing, writing and committing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSeed } from '../../../shared/seed/generate';
import { publishPack } from '../../../electron/backend/packs/publish';
import { verifyPackAt } from '../../../electron/backend/packs/verify-pack';
import { writeSeed } from '../../../electron/backend/seed/write-seed';
import { openWorkspace } from '../../../electron/backend/workspace';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
// Wall time, and this process's CPU time (user + system): on a shared, busy machine the CPU time
// is the fairer figure, since wall time then includes waiting for a core.
function timed<T>(wall: number[], cpu: number[], run: () => T): T {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = run();
  wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  return r;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-bench-pack-'));
const home = path.join(dir, 'home');
const ws = await openWorkspace(path.join(dir, 'w.db'), { backup: false });
writeSeed(ws.store, generateSeed({ operatives: 200, jobs: 5000, days: 5, start: '2027-01-04', scheduled: 1, seed: 1 }), 'seed');
const week = { from: '2027-01-04', to: '2027-01-10' };

const publishes: number[] = [];
const publishCpu: number[] = [];
let last = { path: '', zip: '', jobs: 0, files: 0, operatives: 0, overrides: 0 };
for (let i = 0; i < 3; i++) {
  const r = timed(publishes, publishCpu, () =>
    publishPack(ws.store, {
      ...week,
      outDir: path.join(dir, 'out'),
      zip: false,
      overrideReason: 'benchmark: seeded overtime accepted',
      access: { passphrase: 'benchmark passphrase' },
      home,
      appVersion: 'bench',
      who: 'bench',
    }),
  );
  last = { path: r.path, zip: '', jobs: r.jobs, files: r.files, operatives: r.operatives, overrides: r.overrides };
}
const zipped = publishPack(ws.store, {
  ...week,
  outDir: path.join(dir, 'out'),
  zip: true,
  overrideReason: 'benchmark',
  access: { passphrase: 'benchmark passphrase' },
  home,
  appVersion: 'bench',
  who: 'bench',
});
last.zip = zipped.zip_path!;

const key = { file: path.join(home, 'keys', 'signing-key.pub') };
const verifies: number[] = [];
const verifyCpu: number[] = [];
const zipVerifies: number[] = [];
const zipCpu: number[] = [];
for (let i = 0; i < 3; i++) {
  const r = timed(verifies, verifyCpu, () => verifyPackAt(last.path, key));
  if (!r.ok) throw new Error(`verify failed: ${r.message}`);
  const z = timed(zipVerifies, zipCpu, () => verifyPackAt(last.zip, key));
  if (!z.ok) throw new Error(`zip verify failed: ${z.message}`);
}
const bytes = fs.readdirSync(last.path, { recursive: true }).reduce((n, f) => {
  const p = path.join(last.path, String(f));
  return n + (fs.statSync(p).isFile() ? fs.statSync(p).size : 0);
}, 0);

console.log(
  `week ${week.from}..${week.to}: ${last.jobs} visits, ${last.operatives} operatives, ${last.files + 2} files, ${(bytes / 1e6).toFixed(1)} MB, ${last.overrides} checks overridden`,
);
console.log(
  `publish (folder)  median ${median(publishes).toFixed(0)} ms (cpu ${median(publishCpu).toFixed(0)} ms)   runs ${fmt(publishes)}, first cold and creating the key   target < 1000 ms`,
);
console.log(
  `verify (folder)   median ${median(verifies).toFixed(0)} ms (cpu ${median(verifyCpu).toFixed(0)} ms)   runs ${fmt(verifies)}   target < 200 ms`,
);
console.log(
  `verify (zip)      median ${median(zipVerifies).toFixed(0)} ms (cpu ${median(zipCpu).toFixed(0)} ms)   runs ${fmt(zipVerifies)}   (unzip, verify, re-zip to check the container)`,
);
console.log(
  `machine: ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
ws.close();
fs.rmSync(dir, { recursive: true, force: true });
