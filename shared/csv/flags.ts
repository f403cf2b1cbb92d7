// flags.csv: supervisor flags (DO_NOT_SEND / REDUCED_DUTIES) scoped to a trade,
// competence, area or single job, optionally until a review date.
import { FLAG_KINDS, flagSchema } from '../domain/schemas';
import type { Flag } from '../domain/types';
import { q, type CsvParseResult } from './errors';
import { isCode, isRef, optionalDate } from './fields';
import { toCsv } from './format';
import { parseCsvFile, parseCsvRecord, type FileSpec } from './parse-file';
import type { Row } from './row';

export const FLAG_COLUMNS = ['operative_id', 'flag', 'scope', 'until', 'owner', 'note'] as const;

export type FlagColumn = (typeof FLAG_COLUMNS)[number];
const FLAG_FILE: FileSpec<Flag> = { columns: FLAG_COLUMNS, schema: flagSchema, build: buildFlag };

export function parseFlagsCsv(text: string, fileName: string): CsvParseResult<Flag> {
  return parseCsvFile(text, fileName, FLAG_FILE);
}

/** One flag given as flags.csv cells (the app's supervisor form): the import's checks and messages. */
export function parseFlagRecord(values: Readonly<Partial<Record<FlagColumn, string>>>, source: string) {
  return parseCsvRecord(values, source, FLAG_FILE);
}

export function formatFlagsCsv(flags: readonly Flag[]): string {
  return toCsv(
    FLAG_COLUMNS,
    flags.map((f) => [f.operative_id, f.flag, f.scope, f.until ?? '', f.owner, f.note]),
  );
}

/** Split `kind:value`; exported for the cross-file check on `job:REF`. */
export function splitScope(scope: string): { kind: string; value: string } {
  const at = scope.indexOf(':');
  return at === -1 ? { kind: scope, value: '' } : { kind: scope.slice(0, at), value: scope.slice(at + 1) };
}

function buildFlag(row: Row): Flag | undefined {
  const operative_id = row.required('operative_id');
  const flag = parseKind(row);
  const scope = parseScope(row);
  const until = optionalDate(row, 'until');
  if (row.failed) return undefined;
  return { operative_id: operative_id!, flag: flag!, scope: scope!, until: until!, owner: row.get('owner'), note: row.get('note') };
}

function parseKind(row: Row): Flag['flag'] | undefined {
  const v = row.required('flag');
  if (v === undefined) return undefined;
  const kind = FLAG_KINDS.find((k) => k === v);
  return kind ?? row.fail('flag', `flag ${q(v)} is not ${FLAG_KINDS.join(' or ')}`);
}

function parseScope(row: Row): string | undefined {
  const v = row.required('scope');
  if (v === undefined) return undefined;
  const { kind, value } = splitScope(v);
  const bad = (why: string) => row.fail('scope', `scope ${q(v)} ${why}`);
  switch (kind) {
    case 'trade':
    case 'competence':
      return isCode(value) ? v : bad(`needs an upper-case ${kind} code after "${kind}:"`);
    case 'area':
      return /^\S{1,32}$/.test(value) ? v : bad('needs an area name after "area:"');
    case 'job':
      return isRef(value) ? v : bad('needs a job ref after "job:"');
    default:
      return bad('is not trade:X, competence:X, area:X or job:REF');
  }
}
