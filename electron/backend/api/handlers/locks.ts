// locks/*: thin handlers over electron/backend/governance/locks.ts.
import { setLock } from '../../governance/locks';
import { listLocks } from '../../store/governance/change-rows';
import type { HandlerGroup } from '../types';

export const locksHandlers: HandlerGroup<'locks/set-lock' | 'locks/list'> = {
  'locks/set-lock': ({ ref, lock, reason }, { store }) => setLock(store, ref, lock, reason),
  'locks/list': (_i, { store }) => listLocks(store),
};
