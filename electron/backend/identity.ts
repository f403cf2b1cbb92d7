// Who is making a change, for the override log, job histories and published versions: the
// acting person (issue 15) when the call runs as one, else the workspace's configured name,
// else the OS user (store/caller-name.ts, so the store's own event writers use it too).
import { callerName, USER_NAME_KEY } from './store/caller-name';
import type { Store } from './store/store';

export { USER_NAME_KEY };

export function currentUser(store: Store): string {
  return callerName(store);
}
