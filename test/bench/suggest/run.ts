// `npm run bench:suggest`: suggested operatives on 200 operatives × 5,000 jobs (the seed, 80%
// placed over two weeks). Cold = the first call in a fresh process (see below); warm = later
// calls on other tray jobs of each priority. Target: < 200 ms, also for a call made before the
// board has loaded.
// Numbers, not a timed test; the load average is printed beside them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkspace } from '../../../electron/backend/workspace';
import { writeSeed } from '../../../electron/backend/seed/write-seed';
import { worldOf } from '../../../electron/backend/planning/world';
import { generateSeed } from '../../../shared/seed/generate';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-bench-suggest-'));
const db = path.join(dir, 'workspace.db');
const NOW = () => '2027-01-04T07:00:00Z'; // the seed's first day, before the shifts start
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

{
  const ws = await openWorkspace(db, { backup: false, now: NOW });
  writeSeed(ws.store, generateSeed({ operatives: 200, jobs: 5000, days: 10, start: '2027-01-04', scheduled: 0.8, seed: 1 }), 'seed');
  ws.close();
}

// Truly cold: a fresh process each time (nothing built, nothing compiled). "raw" asks at once after
// opening (the worst case: nothing could be prepared); "open" opens as the app and the host do,
// which starts the warm-up (suggest/warm-up.ts) at once, and asks when it has finished, before any
// board is loaded; "app" first loads the board's week as the app does at start, then the same.
// The CPU time of the call is printed beside the wall time: on a shared machine the wall time
// also counts waiting for a core.
{
  const cold = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cold.ts');
  const what = {
    raw: 'first call right after opening, nothing built',
    open: 'first call before the board loaded, warm-up started on open',
    app: 'first call after the board loaded and the warm-up ran',
  };
  for (const mode of ['raw', 'open', 'app', 'raw', 'open', 'app', 'raw', 'open', 'app'] as const) {
    const out = execFileSync(path.resolve('node_modules/.bin/tsx'), [cold, db, mode], { encoding: 'utf8' }).trim().split('\n').pop()!;
    const r = JSON.parse(out) as { ms: number; cpuMs: number; boardMs: number; warmMs: number; ref: string };
    const extra = mode === 'app' ? ` (board ${r.boardMs.toFixed(0)} ms)` : mode === 'open' ? ` (warm-up ${r.warmMs.toFixed(0)} ms)` : '';
    console.log(
      `cold, fresh process, ${what[mode]} (${r.ref}): ${r.ms.toFixed(1)} ms, cpu ${r.cpuMs.toFixed(1)} ms${extra}  load ${load()}`,
    );
  }
}

// Cold as the app sees it: the board has already built the planning world when the planner asks.
{
  const fresh = await openWorkspace(db, { backup: false, now: NOW });
  const t0 = performance.now();
  worldOf(fresh.store);
  const worldMs = performance.now() - t0;
  const ref = fresh.store.read.jobs().find((j) => !fresh.store.read.diaryEntry(j.ref))!.ref;
  const t1 = performance.now();
  const r = await fresh.dispatch('diary/suggest-operatives', { ref });
  if (!r.ok) throw new Error(r.error.message);
  console.log(
    `cold, planning world already built: ${(performance.now() - t1).toFixed(1)} ms (building the world took ${worldMs.toFixed(1)} ms)  load ${load()}`,
  );
  fresh.close();
}

const ws = await openWorkspace(db, { backup: false, now: NOW });
const placed = new Set(ws.store.read.diary().map((e) => e.job_ref));
const tray = ws.store.read.jobs().filter((j) => !placed.has(j.ref));
const byPriority = new Map<string, string[]>();
for (const j of tray) byPriority.set(j.priority, [...(byPriority.get(j.priority) ?? []), j.ref]);

async function time(ref: string): Promise<{ ms: number; suggested: number; cannot: number }> {
  const t0 = performance.now();
  const r = await ws.dispatch('diary/suggest-operatives', { ref });
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error(`${ref}: ${r.error.message}`);
  const out = r.result as { suggested: unknown[]; cannot: unknown[] };
  return { ms, suggested: out.suggested.length, cannot: out.cannot.length };
}

console.log(`200 operatives × 5,000 jobs (${placed.size} placed, ${tray.length} in the tray); load average ${load()}`);
const first = tray[0]!.ref;
const cold = await time(first);
console.log(
  `cold, first call after opening (world built too) ${first}: ${cold.ms.toFixed(1)} ms (${cold.suggested} suggested, ${cold.cannot} cannot)  load ${load()}`,
);

console.log(['priority', 'jobs', 'median ms', 'p95 ms', 'max ms', 'suggested (median)', 'load average'].join('\t'));
const all: number[] = [];
for (const [priority, refs] of [...byPriority].sort()) {
  const sample = refs.slice(0, 25);
  const ms: number[] = [];
  const counts: number[] = [];
  for (const ref of sample) {
    const r = await time(ref);
    ms.push(r.ms);
    counts.push(r.suggested);
  }
  all.push(...ms);
  console.log([priority, sample.length, pct(ms, 0.5), pct(ms, 0.95), Math.max(...ms).toFixed(1), pct(counts, 0.5, 0), load()].join('\t'));
}
console.log(`warm, all ${all.length} calls: median ${pct(all, 0.5)} ms, p95 ${pct(all, 0.95)} ms, max ${Math.max(...all).toFixed(1)} ms`);
ws.close();
fs.rmSync(dir, { recursive: true, force: true });

function pct(xs: number[], p: number, digits = 1): string {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!.toFixed(digits);
}
