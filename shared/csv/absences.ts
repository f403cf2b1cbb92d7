// absences.csv: inclusive date ranges. The CSV has no kind column, so kind is 'other'.
import { absenceSchema } from '../domain/schemas';
import type { Absence } from '../domain/types';
import type { CsvParseResult } from './errors';
import { date } from './fields';
import { toCsv } from './format';
import { parseCsvFile } from './parse-file';
import type { Row } from './row';

export const ABSENCE_COLUMNS = ['operative_id', 'from', 'to', 'reason'] as const;

export function parseAbsencesCsv(text: string, fileName: string): CsvParseResult<Absence> {
  return parseCsvFile(text, fileName, { columns: ABSENCE_COLUMNS, schema: absenceSchema, build: buildAbsence });
}

export function formatAbsencesCsv(absences: readonly Absence[]): string {
  return toCsv(
    ABSENCE_COLUMNS,
    absences.map((a) => [a.operative_id, a.from, a.to, a.reason]),
  );
}

function buildAbsence(row: Row): Absence | undefined {
  const operative_id = row.required('operative_id');
  const from = date(row, 'from');
  const to = date(row, 'to');
  if (from && to && from > to) row.fail('to', `from ${from} is after to ${to}`);
  if (row.failed) return undefined;
  return { operative_id: operative_id!, from: from!, to: to!, reason: row.get('reason'), kind: 'other' };
}
