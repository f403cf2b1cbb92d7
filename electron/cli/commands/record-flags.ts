// Flags named after CSV columns (`--min-proficiency` for min_proficiency, `--raised-at` for
// raised_at…), as help text lists them; front-door.ts `columnFlags` maps them onto `fields`.
import { CliError } from '../cli-error';

export function flagList(columns: readonly string[]): string {
  return columns.map((c) => `--${c.replace(/_/g, '-')}`).join(' ');
}

/** What an `edit` changes: the column flags given besides the record's key, at least one. */
export function editedFields(fields: Record<string, string>, key: string, columns: readonly string[], cmd: string): Record<string, string> {
  const { [key]: _key, ...changed } = fields;
  if (Object.keys(changed).length === 0) {
    throw new CliError(`${cmd}: give at least one column to change (${flagList(columns.filter((c) => c !== key))})`);
  }
  return changed;
}
