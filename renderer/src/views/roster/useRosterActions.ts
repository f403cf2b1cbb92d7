// Runs one roster write: calls the API, reloads every view, and says what happened, including
// the placed jobs the change left uncovered.
import { useCallback } from 'react';
import type { DropoutView } from '../../../../shared/api/areas/roster';
import { useStatus, type StatusKind } from '../../components/StatusRegion';
import { useDataVersion } from '../../hooks/useDataVersion';

export function dropoutSentence(dropouts: readonly DropoutView[]): string {
  if (dropouts.length === 0) return '';
  const refs = [...new Set(dropouts.map((d) => d.ref))];
  const shown = refs.slice(0, 6).join(', ') + (refs.length > 6 ? ` and ${refs.length - 6} more` : '');
  return ` ${refs.length} placed job${refs.length === 1 ? '' : 's'} no longer fit${refs.length === 1 ? 's' : ''} the roster: ${shown}.`;
}

/** What to announce: a sentence (success), or a sentence with its kind. */
type Said = string | { text: string; kind: StatusKind };
export type RunRosterAction = <T>(call: () => Promise<T>, said: (result: T) => Said) => Promise<T | undefined>;

export function useRosterActions(): RunRosterAction {
  const { announce, report } = useStatus();
  const { invalidate } = useDataVersion();
  return useCallback(
    async <T>(call: () => Promise<T>, said: (result: T) => Said) => {
      try {
        const result = await call();
        invalidate();
        const s = said(result);
        if (typeof s === 'string') announce(s, 'success', { undoable: true });
        else announce(s.text, s.kind);
        return result;
      } catch (err) {
        report(err);
        return undefined;
      }
    },
    [announce, invalidate, report],
  );
}
