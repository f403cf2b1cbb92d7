// Places a job on a suggested operative at the suggested time (diary/place-suggestion, one
// undoable step): says where it went, or why it no longer fits, and reloads every view.
import { useState } from 'react';
import { api } from '../../api/client';
import type { SuggestResultView } from '../../../../shared/api/areas/diary';
import { useStatus } from '../../components/StatusRegion';
import { useDataVersion } from '../../hooks/useDataVersion';
import { shortDay } from '../../lib/format';

type Suggestion = SuggestResultView['suggested'][number];

export function usePlaceSuggestion() {
  const { announce, report } = useStatus();
  const { invalidate } = useDataVersion();
  const [busy, setBusy] = useState(false);
  const run = async (ref: string, s: Suggestion): Promise<boolean> => {
    setBusy(true);
    try {
      const start = s.booked_start ?? s.start;
      const r = await api('diary/place-suggestion', { ref, operative_id: s.operative_id, date: s.date, start });
      const warn = r.violations.length ? ` (${r.violations.map((v) => v.reason).join('; ')})` : '';
      announce(`Placed ${ref} on ${s.name}, ${shortDay(s.date)} ${start}${warn}. Undo takes it back.`, 'success');
      invalidate();
      return true;
    } catch (err) {
      report(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
