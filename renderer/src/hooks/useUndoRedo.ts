// Undo/redo against the backend's persistent history (it lives in the workspace database,
// so it survives reloads). Each step re-reads the label first so the announcement names
// exactly what was undone, then bumps the data version so every view re-loads.
import { useCallback, useRef } from 'react';
import { api } from '../api/client';
import type { HistoryStatus } from '../../../shared/api/views';
import { useDataVersion } from './useDataVersion';
import { useResource } from './useResource';
import { useStatus } from '../components/StatusRegion';

export type HistoryCommand = 'undo' | 'redo';

export interface UndoRedo {
  status: HistoryStatus | undefined;
  run: (command: HistoryCommand) => Promise<void>;
}

export function useUndoRedo(): UndoRedo {
  const { invalidate } = useDataVersion();
  const { announce, report } = useStatus();
  const status = useResource(() => api('history/get-status', {}), []);
  // Serialise: a held-down or double-fired shortcut must not undo two steps at once.
  const busy = useRef(false);

  const run = useCallback(
    async (command: HistoryCommand) => {
      if (busy.current) return;
      busy.current = true;
      try {
        const before = await api('history/get-status', {});
        const label = command === 'undo' ? before.undoLabel : before.redoLabel;
        if (!label) {
          announce(command === 'undo' ? 'Nothing to undo' : 'Nothing to redo');
          return;
        }
        await api(command === 'undo' ? 'history/undo' : 'history/redo', {});
        announce(`${command === 'undo' ? 'Undid' : 'Redid'}: ${label}`, 'success');
        invalidate();
      } catch (err) {
        report(err);
      } finally {
        busy.current = false;
      }
    },
    [announce, invalidate, report],
  );

  return { status: status.data, run };
}
