// Who is writing: the actor of the call in progress, carried through async code by
// AsyncLocalStorage. The dispatcher (and the CLI's entry point) set it once per call; the
// store reads it where a write is recorded (History: undo per actor). Handlers never pass it
// along by hand, so no call site can forget it. Issue 17's command log reads it the same way.
import { AsyncLocalStorage } from 'node:async_hooks';
import os from 'node:os';
import { LOCAL_ACTOR } from '../../../shared/api/bridge';

const current = new AsyncLocalStorage<string>();

/** Runs `fn` (and everything it awaits) as `actor`. */
export function withActor<T>(actor: string, fn: () => T): T {
  return current.run(actor, fn);
}

/** The actor of the call in progress; LOCAL_ACTOR outside any call (tests, scripts). */
export function currentActor(): string {
  return current.getStore() ?? LOCAL_ACTOR;
}

/** The CLI's actor: the OS user running it. */
export function osUserActor(): string {
  let name = 'unknown';
  try {
    name = os.userInfo().username || 'unknown';
  } catch {
    // no passwd entry (containers): stay 'unknown'
  }
  return `user:${name}`;
}
