// No notice outlives what it describes: whenever the workspace changes (undo, another window, a
// move on the board), each listed placement is checked again — still where it was, and still
// breaking a hard rule there (diary/check-placement, the board's own rules) — and the rest dropped.
import { useEffect } from 'react';
import { api } from '../../api/client';
import { useDataVersion } from '../../hooks/useDataVersion';
import { keepBlocked, type BlockedReport } from './blockedStore';

/** Beyond this many, re-checking one by one costs more than it helps; the notice stays as it is. */
const MAX_RECHECK = 50;

export function useRecheckBlocked(report: BlockedReport | null): void {
  const { version } = useDataVersion();
  useEffect(() => {
    if (!report || report.placements.length > MAX_RECHECK) return;
    let live = true;
    const dates = report.placements.map((p) => p.date).sort();
    void (async () => {
      try {
        const diary = await api('diary/list', { from: dates[0]!, to: dates[dates.length - 1]! });
        const at = new Map(diary.map((e) => [e.job_ref, e]));
        const still = new Set<string>();
        for (const p of report.placements) {
          const e = at.get(p.ref);
          if (!e || e.operative_id !== p.operative_id || e.date !== p.date) continue;
          const check = await api('diary/check-placement', {
            ref: p.ref,
            to: { operative_id: p.operative_id, date: p.date, index: e.sequence },
          });
          if (check.status === 'blocked') still.add(p.ref);
        }
        if (live) keepBlocked((p) => still.has(p.ref));
      } catch {
        // A failed re-check keeps the notice: better a stale warning than a lost one.
      }
    })();
    return () => {
      live = false;
    };
    // Only a change to the workspace triggers a re-check (not the report itself, just shown).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);
}
