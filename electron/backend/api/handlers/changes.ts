// changes/*: thin handlers over electron/backend/governance/change-requests.ts.
import { approveChange, rejectChange, requestChange } from '../../governance/change-requests';
import { importChanges } from '../../governance/changes-import';
import { unpublishedChanges } from '../../governance/unpublished';
import { listChangeRequests } from '../../store/governance/change-rows';
import type { HandlerGroup } from '../types';

type ChangesApi =
  | 'changes/request'
  | 'changes/list'
  | 'changes/approve'
  | 'changes/reject'
  | 'changes/import-csv'
  | 'changes/get-count'
  | 'changes/list-unpublished';

export const changesHandlers: HandlerGroup<ChangesApi> = {
  'changes/request': (ask, { store }) => requestChange(store, ask),
  'changes/list': ({ state }, { store }) => listChangeRequests(store, state),
  'changes/approve': ({ id, note }, { store }) => approveChange(store, id, note),
  'changes/reject': ({ id, reason }, { store }) => rejectChange(store, id, reason),
  'changes/import-csv': ({ text, file }, { store }) => importChanges(store, text, file),
  'changes/get-count': (_i, { store, base }) => ({
    pending: listChangeRequests(store, 'pending').length,
    unpublished: store === base ? unpublishedChanges(base).changes.length : 0,
  }),
  'changes/list-unpublished': (_i, { base }) => unpublishedChanges(base),
};
