// Wording for actuals results and figures, shared by the view's sections.
import type { ApiOutput } from '../../../../shared/api/contract';
import { plural } from '../../lib/format';

type Counts = Extract<ApiOutput<'actuals/import-csv'>, { ok: true }>['counts'];

/** 'actuals.csv: 4 visits recorded (4 new). 2 to rebook. Follow-on J-5-F1. Address flagged: 4 Brick Row.' */
export function recordedSentence(c: Counts, source: string): string {
  const parts = [`${source}: ${plural(c.rows, 'visit')} — ${c.added} new, ${c.corrected} corrected, ${c.unchanged} unchanged.`];
  if (c.rebookings) parts.push(`${plural(c.rebookings, 'job')} to rebook.`);
  if (c.follow_ons.length) parts.push(`Follow-on job${c.follow_ons.length === 1 ? '' : 's'}: ${c.follow_ons.join(', ')}.`);
  if (c.flags_raised.length) parts.push(`Address flagged: ${c.flags_raised.join('; ')}.`);
  return parts.join(' ');
}

/** 0.753 → '75.3%'; null → '—'. */
export const percent = (r: number | null): string => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

/** +12 min, −5 min, 0 min. */
export const minutes = (m: number | null): string => (m === null ? '—' : `${m > 0 ? '+' : m < 0 ? '−' : ''}${Math.abs(m)} min`);

export const OUTCOME_LABELS: Record<string, string> = {
  COMPLETED: 'Completed',
  NO_ACCESS: 'No access',
  ABORTIVE: 'Abortive',
  FURTHER_WORK: 'Further work',
  CANCELLED: 'Cancelled',
};
