// operatives.csv: one row per operative, lists packed into `;`-separated cells.
import { operativeSchema } from '../domain/schemas';
import type { Competence, Operative, TradeSkill } from '../domain/types';
import { q, type CsvParseResult } from './errors';
import { dateProblem, decimal, isCode, splitList, time, weekdays } from './fields';
import { csvWriter, joinList } from './format';
import { parseCsvFile, parseCsvRecord, type FileSpec } from './parse-file';
import type { Row } from './row';

export const OPERATIVE_COLUMNS = [
  'id',
  'name',
  'trades',
  'competences',
  'start_lat',
  'start_lon',
  'shift_start',
  'shift_end',
  'working_days',
  'areas',
] as const;

export type OperativeColumn = (typeof OPERATIVE_COLUMNS)[number];

const OPERATIVE_FILE: FileSpec<Operative> = {
  columns: OPERATIVE_COLUMNS,
  schema: operativeSchema,
  build: buildOperative,
  keyColumn: 'id',
  key: (o) => o.id,
};

export function parseOperativesCsv(text: string, fileName: string): CsvParseResult<Operative> {
  return parseCsvFile(text, fileName, OPERATIVE_FILE);
}

/** One operative given as operatives.csv cells (the app's form, `operative add` flags): the import's checks and messages. */
export function parseOperativeRecord(values: Readonly<Partial<Record<OperativeColumn, string>>>, source: string) {
  return parseCsvRecord(values, source, OPERATIVE_FILE);
}

const OPERATIVES_CSV = csvWriter(OPERATIVE_COLUMNS, operativeCells);

/** An operative as operatives.csv cells, the inverse of parseOperativeRecord (an edit starts from these). */
export const operativeToRecord = OPERATIVES_CSV.record;

export const formatOperativesCsv = OPERATIVES_CSV.file;

function operativeCells(o: Operative): string[] {
  return [
    o.id,
    o.name,
    joinList(o.trades.map((t) => `${t.trade}:${t.proficiency}`)),
    joinList(o.competences.map((c) => (c.expires ? `${c.code}@${c.expires}` : c.code))),
    String(o.start_lat),
    String(o.start_lon),
    o.shift_start,
    o.shift_end,
    joinList(o.working_days),
    joinList(o.areas),
  ];
}

function buildOperative(row: Row): Operative | undefined {
  const id = row.required('id');
  const name = row.required('name');
  const trades = parseTrades(row);
  const competences = parseCompetences(row);
  const start_lat = decimal(row, 'start_lat', -90, 90);
  const start_lon = decimal(row, 'start_lon', -180, 180);
  const shift_start = time(row, 'shift_start');
  const shift_end = time(row, 'shift_end');
  const working_days = weekdays(row, 'working_days');
  const areas = parseAreas(row);
  // Overnight shifts are not modelled: the day's capacity is end − start on one date.
  if (shift_start && shift_end && shift_end <= shift_start) {
    row.fail('shift_end', `shift_end ${shift_end} is not after shift_start ${shift_start}`);
  }
  if (row.failed) return undefined;
  return {
    id: id!,
    name: name!,
    trades: trades!,
    competences: competences!,
    start_lat: start_lat!,
    start_lon: start_lon!,
    shift_start: shift_start!,
    shift_end: shift_end!,
    working_days: working_days!,
    areas: areas!,
  };
}

/** `GAS:3;PLUMB:2` */
function parseTrades(row: Row): TradeSkill[] | undefined {
  const v = row.required('trades');
  if (v === undefined) return undefined;
  const before = row.failures;
  const out: TradeSkill[] = [];
  for (const item of splitList(v)) {
    const at = item.indexOf(':');
    const trade = (at === -1 ? item : item.slice(0, at)).trim();
    const level = at === -1 ? '' : item.slice(at + 1).trim();
    const n = Number(level);
    if (at === -1) row.fail('trades', `trades item ${q(item)} has no proficiency (expected TRADE:LEVEL, e.g. GAS:3)`);
    else if (!isCode(trade)) row.fail('trades', `trades item ${q(item)}: ${q(trade)} is not an upper-case trade code like GAS`);
    else if (!/^\d+$/.test(level)) row.fail('trades', `trades item ${q(item)}: proficiency ${q(level)} is not a whole number 1–5`);
    else if (n < 1 || n > 5) row.fail('trades', `trades item ${q(item)}: proficiency ${n} is outside 1–5`);
    else if (out.some((t) => t.trade === trade)) row.fail('trades', `trades lists ${trade} more than once`);
    else out.push({ trade, proficiency: n });
  }
  if (row.failures === before && out.length === 0) row.fail('trades', 'trades lists no trades');
  return row.failures === before ? out : undefined;
}

/** `GAS_SAFE@2027-06-30;HEIGHT` — expiry optional. */
function parseCompetences(row: Row): Competence[] | undefined {
  const before = row.failures;
  const out: Competence[] = [];
  for (const item of splitList(row.get('competences'))) {
    const at = item.indexOf('@');
    const code = (at === -1 ? item : item.slice(0, at)).trim();
    const expires = at === -1 ? null : item.slice(at + 1).trim();
    const problem = expires === null ? null : dateProblem(expires);
    if (!isCode(code))
      row.fail('competences', `competences item ${q(item)}: ${q(code)} is not an upper-case competence code like GAS_SAFE`);
    else if (problem) row.fail('competences', `competences item ${q(item)}: expiry ${q(expires!)} ${problem}`);
    else if (out.some((c) => c.code === code)) row.fail('competences', `competences lists ${code} more than once`);
    else out.push({ code, expires });
  }
  return row.failures === before ? out : undefined;
}

/** `N1;N7`; empty means the operative may work anywhere. */
function parseAreas(row: Row): string[] | undefined {
  const before = row.failures;
  const out: string[] = [];
  for (const item of splitList(row.get('areas'))) {
    if (item.length > 32) row.fail('areas', `areas item ${q(item)} is longer than 32 characters`);
    else if (out.includes(item)) row.fail('areas', `areas lists ${item} more than once`);
    else out.push(item);
  }
  return row.failures === before ? out : undefined;
}
