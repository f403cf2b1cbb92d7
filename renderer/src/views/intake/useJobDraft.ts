// Checks the job form as it is typed (jobs/check-draft, nothing written): the ref it would get,
// its SLA deadline and every field problem, with the import's own messages. Calls are debounced
// and only the latest answer counts, so a slow reply never overwrites a newer one.
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { ApiOutput } from '../../../../shared/api/contract';
import { errorText } from '../../components/StatusRegion';
import type { JobCells } from './jobFields';

export type DraftCheck = ApiOutput<'jobs/check-draft'>;

const DEBOUNCE_MS = 150;

/** `ref`: the job being edited (its stored cells are the base); absent for a new repair. */
export function useJobDraft(cells: Partial<JobCells>, ref?: string): { check: DraftCheck | null; error: string | null } {
  const [check, setCheck] = useState<DraftCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  const key = JSON.stringify(cells);

  useEffect(() => {
    const mine = ++seq.current;
    const timer = window.setTimeout(() => {
      const fields = JSON.parse(key) as Partial<JobCells>;
      api('jobs/check-draft', ref === undefined ? { fields } : { fields, ref }).then(
        (r) => {
          if (mine !== seq.current) return;
          setCheck(r);
          setError(null);
        },
        (e: unknown) => {
          if (mine === seq.current) setError(errorText(e));
        },
      );
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [key, ref]);

  return { check, error };
}

/** Field → its messages, from a check or from a refused write's `details.fields`. */
export function errorsByField(errors: readonly { field: string | null; message: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of errors) {
    const k = e.field ?? '';
    out.set(k, [...(out.get(k) ?? []), e.message]);
  }
  return out;
}
