// One transaction around a step and the checks made on its result: a check that throws rolls
// the step back too, and every cached view of the plan is dropped (it may have seen the step).
import type { Store } from '../store';

export function allOrNothing<T>(store: Store, fn: () => T): T {
  try {
    return store.db.transaction(fn).immediate();
  } catch (e) {
    store.touch();
    throw e;
  }
}
