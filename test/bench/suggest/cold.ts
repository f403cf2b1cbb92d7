// One cold first suggestion in a fresh process (run by run.ts): `tsx cold.ts DB MODE`.
// raw: open the workspace and ask at once (nothing built, nothing compiled yet): the worst case.
// open: open as the app and the host do (they start the warm-up, suggest/warm-up.ts, on open),
// let it finish as it does while the app loads, then ask, before any board has been loaded.
// app: open, load the board's week as the app does at start, let the warm-up finish, then ask.
// Prints one JSON line.
import { openWorkspace } from '../../../electron/backend/workspace';
import { warmUpSuggestions } from '../../../electron/backend/suggest/warm-up';

const [db, mode] = process.argv.slice(2) as [string, 'raw' | 'open' | 'app'];
const NOW = () => '2027-01-04T07:00:00Z';
const ws = await openWorkspace(db, { backup: false, now: NOW });
const placed = new Set(ws.store.read.diary().map((e) => e.job_ref));
const ref = ws.store.read.jobs().find((j) => j.status === 'open' && !placed.has(j.ref))!.ref;
let boardMs = 0;
if (mode === 'app') {
  const t = performance.now();
  const b = await ws.dispatch('diary/get-board', { from: '2027-01-04', to: '2027-01-08' });
  if (!b.ok) throw new Error(b.error.message);
  boardMs = performance.now() - t;
  // The warm-up's timers do not hold a process open (the app's host does): hold this one meanwhile.
  const alive = setInterval(() => undefined, 100);
  await warmUpSuggestions(ws.store);
  clearInterval(alive);
}
let warmMs = 0;
if (mode === 'open') {
  const t = performance.now();
  const alive = setInterval(() => undefined, 100);
  await warmUpSuggestions(ws.store);
  clearInterval(alive);
  warmMs = performance.now() - t;
}
// A different tray job from the one the warm-up judged, when there is one.
const other = ws.store.read.jobs().filter((j) => j.status === 'open' && !placed.has(j.ref))[7]?.ref ?? ref;
const t0 = performance.now();
const c0 = process.cpuUsage();
const r = await ws.dispatch('diary/suggest-operatives', { ref: other });
const ms = performance.now() - t0;
// CPU time of this process during the call: on a machine shared with other runs, the wall time
// also counts waiting for a core.
const c = process.cpuUsage(c0);
if (!r.ok) throw new Error(r.error.message);
console.log(JSON.stringify({ mode, ref: other, ms, cpuMs: (c.user + c.system) / 1000, boardMs, warmMs }));
ws.close();
