import type { AreaHandlers } from '../types';
import { slaPolicyOf } from '../../sla/policy';

export const workspaceHandlers: AreaHandlers<'workspace'> = {
  'workspace/get-info': (_i, { store, appVersion }) => {
    const jobs = store.read.count('jobs');
    const placed = store.read.count('diary_entries');
    return {
      path: store.file,
      schemaVersion: store.schemaVersion,
      appVersion,
      counts: { operatives: store.read.count('operatives'), jobs, unscheduled: jobs - placed, diaryEntries: placed },
      slaPolicy: slaPolicyOf(store),
    };
  },
};
