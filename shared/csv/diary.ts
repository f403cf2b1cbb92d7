// Diary export: one row per placed job. Parsing is offered so exports can be checked and reloaded.
import { diaryEntrySchema } from '../domain/schemas';
import type { DiaryEntry } from '../domain/types';
import { q, type CsvParseResult } from './errors';
import { date, integer, time } from './fields';
import { toCsv } from './format';
import { parseCsvFile } from './parse-file';
import type { Row } from './row';

export const DIARY_COLUMNS = ['ref', 'operative_id', 'date', 'start', 'sequence', 'pinned'] as const;

export function formatDiaryCsv(entries: readonly DiaryEntry[]): string {
  return toCsv(
    DIARY_COLUMNS,
    entries.map((e) => [e.job_ref, e.operative_id, e.date, e.start ?? '', String(e.sequence), String(e.pinned)]),
  );
}

export function parseDiaryCsv(text: string, fileName: string): CsvParseResult<DiaryEntry> {
  return parseCsvFile(text, fileName, {
    columns: DIARY_COLUMNS,
    schema: diaryEntrySchema,
    build: buildEntry,
    // No uniqueness check: a job needing two operatives appears once per operative.
    columnOf: { job_ref: 'ref' },
  });
}

function buildEntry(row: Row): DiaryEntry | undefined {
  const job_ref = row.required('ref');
  const operative_id = row.required('operative_id');
  const d = date(row, 'date');
  const start = row.get('start') === '' ? null : time(row, 'start');
  const sequence = integer(row, 'sequence', 0, 9999);
  const p = row.required('pinned');
  const pinned =
    p === 'true' ? true : p === 'false' ? false : p === undefined ? undefined : row.fail('pinned', `pinned ${q(p)} is not true or false`);
  if (row.failed) return undefined;
  return { job_ref: job_ref!, operative_id: operative_id!, date: d!, start: start!, sequence: sequence!, pinned: pinned! };
}
