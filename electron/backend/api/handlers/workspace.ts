import type { HandlerGroup } from '../types';
import { slaPolicyOf } from './sla-deadlines';

export const workspaceHandlers: HandlerGroup<'workspace/get-info' | 'workspace/get-version'> = {
  'workspace/get-version': (_i, { store }) => ({ version: store.version }),
  'workspace/get-info': (_i, { store, appVersion }) => {
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
  },
};
