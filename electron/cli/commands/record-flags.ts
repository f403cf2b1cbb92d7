// Flags named after CSV columns (`--min-proficiency` for min_proficiency, `--raised-at` for
// raised_at…), read into the column → cell record the contract's edit calls take.
import type { FlagSpec } from '../args';

export function columnFlags(columns: readonly string[]): FlagSpec {
  return Object.fromEntries(columns.map((c) => [c.replace(/_/g, '-'), { type: 'string' as const }]));
}

/** Only the flags given: an edit changes those columns and keeps the rest. */
export function recordFrom(values: Record<string, string | boolean | undefined>, columns: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of columns) {
    const v = values[c.replace(/_/g, '-')];
    if (typeof v === 'string') out[c] = v;
  }
  return out;
}

export function flagList(columns: readonly string[]): string {
  return columns.map((c) => `--${c.replace(/_/g, '-')}`).join(' ');
}
