// Who is making a change, for the override log: the workspace's configured name, else the OS user.
import os from 'node:os';
import type { Store } from './store/store';

export const USER_NAME_KEY = 'user_name';

export function currentUser(store: Store): string {
  const configured = store.read.setting<string>(USER_NAME_KEY);
  if (configured) return configured;
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
