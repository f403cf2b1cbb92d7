// The first suggestion on a freshly opened workspace paid for building the planning world, the
// shared index and the first day plans, and for compiling the suggest code (≈ 350–900 ms on a
// 200 × 5,000 workspace, against ≈ 25 ms warm). The app, the browser host and `host` start this
// when they open the workspace (a planner may ask before the board has loaded: Ctrl+N, New
// repair), and loading the board starts it too (idempotent). The work is done in the background,
// a step per turn of the event loop so no call waits long behind it: by the time a planner asks,
// the answer is warm. Read-only; what it builds is cached by the store's version (world.ts,
// plan-cache.ts), so a write by anyone simply makes the next call rebuild what it needs.
import type { Store } from '../store/store';
import { cachedDiary, cachedIndex } from '../planning/plan-cache';
import { worldOf } from '../planning/world';
import { suggestFor } from './suggest-service';

const started = new WeakMap<Store, Promise<void>>();
const finished = new WeakSet<Store>();

/** True once the warm-up for this store has run to its end. */
export function suggestionsWarm(store: Store): boolean {
  return finished.has(store);
}

/** A job in the tray to judge once (compiles the suggest path and fills the index's day plans). */
function trayJob(store: Store): string | undefined {
  const placed = new Set(cachedDiary(store).map((e) => e.job_ref));
  for (const j of worldOf(store).jobs.values()) if ((j.status === 'open' || j.status === 'in_progress') && !placed.has(j.ref)) return j.ref;
  return undefined;
}

/** Starts the warm-up once per store; the promise settles when it is done (benchmarks wait on it). */
export function warmUpSuggestions(store: Store): Promise<void> {
  const known = started.get(store);
  if (known) return known;
  const steps = [
    () => void worldOf(store),
    () => void cachedIndex(store),
    () => {
      const ref = trayJob(store);
      if (ref) suggestFor(store, ref);
    },
  ];
  const done = new Promise<void>((resolve) => {
    const next = () => {
      const step = steps.shift();
      if (!step) {
        finished.add(store);
        return resolve();
      }
      try {
        step();
      } catch {
        // A warm-up never fails anything (a closed workspace, a job just changed): the real call
        // will meet, and report, the same problem.
        return resolve();
      }
      setTimeout(next, 0).unref();
    };
    // After the board's answer is on its way.
    setTimeout(next, 20).unref();
  });
  started.set(store, done);
  return done;
}
