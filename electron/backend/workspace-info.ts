// What `workspace/get-info` shows: the file, its schema and app version, row counts, the SLA
// policy, and why it is read-only when it is.
import type { WorkspaceInfo } from '../../shared/api/views';
import { slaPolicyOf } from './sla/policy';
import type { Store } from './store/store';

export function workspaceInfo(store: Store, appVersion: string): WorkspaceInfo {
  const jobs = store.read.count('jobs');
  const placed = store.read.count('diary_entries');
  return {
    path: store.file,
    schemaVersion: store.schemaVersion,
    appVersion,
    counts: { operatives: store.read.count('operatives'), jobs, unscheduled: jobs - placed, diaryEntries: placed },
    slaPolicy: slaPolicyOf(store),
    readOnly: store.readOnly,
  };
}
