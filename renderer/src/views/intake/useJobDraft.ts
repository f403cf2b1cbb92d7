// Checks the job form as it is typed (jobs/check-draft, nothing written): the ref it would get,
// its SLA deadline and every field problem, with the import's own messages. Calls are debounced
// and only the latest answer counts, so a slow reply never overwrites a newer one.
import { api } from '../../api/client';
import type { ApiOutput } from '../../../../shared/api/contract';
import { useLatestAnswer } from '../../hooks/useLatestAnswer';
import type { JobCells } from './jobFields';

export type DraftCheck = ApiOutput<'jobs/check-draft'>;

const DEBOUNCE_MS = 150;

function checkDraft(key: string): Promise<DraftCheck> {
  const [fields, ref] = JSON.parse(key) as [Partial<JobCells>, string | null];
  return api('jobs/check-draft', ref === null ? { fields } : { fields, ref });
}

/** `ref`: the job being edited (its stored cells are the base); absent for a new repair. */
export function useJobDraft(cells: Partial<JobCells>, ref?: string): { check: DraftCheck | null; error: string | null } {
  const { value, error } = useLatestAnswer(JSON.stringify([cells, ref ?? null]), checkDraft, DEBOUNCE_MS);
  return { check: value, error };
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
