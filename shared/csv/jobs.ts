// jobs.csv: one row per job. Status is not a column: parsed jobs are 'open' and the
// importer keeps an existing job's status on re-import.
import { PRIORITIES, jobSchema } from '../domain/schemas';
import type { DependencyLink, Job } from '../domain/types';
import { q, type CsvParseResult } from './errors';
import { code, codeList, dateTime, decimal, integer, isRef, isTime, score, splitList } from './fields';
import { csvWriter, joinList } from './format';
import { parseCsvFile, parseCsvRecord, type FileSpec } from './parse-file';
import type { Row } from './row';

export const JOB_COLUMNS = [
  'ref',
  'address',
  'lat',
  'lon',
  'area',
  'trade',
  'min_proficiency',
  'competences',
  'priority',
  'raised_at',
  'duration_min',
  'window',
  'depends_on',
  'impact',
  'effort',
  'owner',
  'done_when',
  'notes',
] as const;

export interface JobsCsvOptions {
  /** Priority categories the organisation's SLA policy knows; defaults to the four standard ones. */
  priorities?: readonly string[];
}

export type JobColumn = (typeof JOB_COLUMNS)[number];

function jobFileSpec(options: JobsCsvOptions): FileSpec<Job> {
  const priorities = options.priorities ?? PRIORITIES;
  return { columns: JOB_COLUMNS, schema: jobSchema, build: (row) => buildJob(row, priorities), keyColumn: 'ref', key: (j) => j.ref };
}

export function parseJobsCsv(text: string, fileName: string, options: JobsCsvOptions = {}): CsvParseResult<Job> {
  return parseCsvFile(text, fileName, jobFileSpec(options));
}

/** One job given as jobs.csv cells (the app's New repair form, `job add` flags): the import's own checks and messages. */
export function parseJobRecord(values: Readonly<Partial<Record<JobColumn, string>>>, source: string, options: JobsCsvOptions = {}) {
  return parseCsvRecord(values, source, jobFileSpec(options));
}

const JOBS_CSV = csvWriter(JOB_COLUMNS, jobCells);

/** A job as jobs.csv cells, the inverse of parseJobRecord (an edit starts from these). */
export const jobToRecord = JOBS_CSV.record;

export const formatJobsCsv = JOBS_CSV.file;

function jobCells(j: Job): string[] {
  return [
    j.ref,
    j.address,
    String(j.lat),
    String(j.lon),
    j.area,
    j.trade,
    String(j.min_proficiency),
    joinList(j.competences),
    j.priority,
    j.raised_at,
    String(j.duration_min),
    j.window,
    formatDependsOn(j.depends_on),
    String(j.impact),
    String(j.effort),
    j.owner,
    j.done_when,
    j.notes,
  ];
}

/** `J-1;J-2+30` — lag 0 is written without the `+0`. */
export function formatDependsOn(links: readonly DependencyLink[]): string {
  return joinList(links.map((l) => (l.lag_min ? `${l.ref}+${l.lag_min}` : l.ref)));
}

function buildJob(row: Row, priorities: readonly string[]): Job | undefined {
  const ref = row.required('ref');
  const lat = decimal(row, 'lat', -90, 90);
  const lon = decimal(row, 'lon', -180, 180);
  const trade = code(row, 'trade', 'trade');
  const min_proficiency = score(row, 'min_proficiency');
  const competences = codeList(row, 'competences', 'competence');
  const priority = parsePriority(row, priorities);
  const raised_at = dateTime(row, 'raised_at');
  const duration_min = integer(row, 'duration_min', 1, 24 * 60);
  const window = parseWindow(row);
  const depends_on = parseDependsOn(row);
  const impact = score(row, 'impact');
  const effort = score(row, 'effort');
  if (row.failed) return undefined;
  return {
    ref: ref!,
    address: row.get('address'),
    lat: lat!,
    lon: lon!,
    area: row.get('area'),
    trade: trade!,
    min_proficiency: min_proficiency!,
    competences: competences!,
    priority: priority!,
    raised_at: raised_at!,
    duration_min: duration_min!,
    window: window!,
    depends_on: depends_on!,
    impact: impact!,
    effort: effort!,
    owner: row.get('owner'),
    done_when: row.get('done_when'),
    notes: row.get('notes'),
    status: 'open',
  };
}

function parsePriority(row: Row, priorities: readonly string[]): string | undefined {
  const v = row.required('priority');
  if (v === undefined) return undefined;
  return priorities.includes(v) ? v : row.fail('priority', `priority ${q(v)} is not one of ${priorities.join(', ')}`);
}

/** AM, PM, ALL or HH:MM-HH:MM; an empty cell means ALL (no appointment). */
function parseWindow(row: Row): string | undefined {
  const v = row.get('window');
  if (v === '') return 'ALL';
  if (v === 'AM' || v === 'PM' || v === 'ALL') return v;
  const m = /^(\d\d:\d\d)-(\d\d:\d\d)$/.exec(v);
  if (!m || !isTime(m[1]!) || !isTime(m[2]!)) return row.fail('window', `window ${q(v)} is not AM, PM, ALL or HH:MM-HH:MM`);
  if (m[2]! <= m[1]!) return row.fail('window', `window ${q(v)} ends before it starts`);
  return v;
}

/** `REF` or `REF+LAG` (minutes), `;`-separated. Unknown refs and cycles are cross-file checks. */
function parseDependsOn(row: Row): DependencyLink[] | undefined {
  const before = row.failures;
  const out: DependencyLink[] = [];
  for (const item of splitList(row.get('depends_on'))) {
    const plus = item.indexOf('+');
    const ref = (plus === -1 ? item : item.slice(0, plus)).trim();
    const lag = plus === -1 ? '0' : item.slice(plus + 1).trim();
    if (ref === '') row.fail('depends_on', `depends_on item ${q(item)} has no job ref before the "+"`);
    else if (!isRef(ref)) row.fail('depends_on', `depends_on item ${q(item)}: ${q(ref)} is not a job ref`);
    else if (!/^\d{1,6}$/.test(lag))
      row.fail('depends_on', `depends_on item ${q(item)}: lag ${q(lag)} is not a whole number of minutes (expected REF or REF+30)`);
    else if (out.some((l) => l.ref === ref)) row.fail('depends_on', `depends_on lists ${ref} more than once`);
    else out.push({ ref, lag_min: Number(lag) });
  }
  return row.failures === before ? out : undefined;
}
