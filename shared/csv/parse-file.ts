// The loop every file parser shares: read the table, build each row, validate it against
// the domain zod schema, and reject duplicate keys, collecting every error on the way.
import type { ZodType } from 'zod';
import { q, sortErrors, type CsvError, type CsvParseResult } from './errors';
import { Row } from './row';
import { readCsvTable } from './table';

export interface FileSpec<T> {
  columns: readonly string[];
  schema: ZodType<T>;
  /** Build the domain object from a row, or return undefined after recording errors. */
  build: (row: Row) => T | undefined;
  /** Column that must be unique within the file (id, ref), if any. */
  keyColumn?: string;
  key?: (value: T) => string;
  /** Object property → CSV column where they differ (diary `job_ref` is written `ref`). */
  columnOf?: Record<string, string>;
}

export function parseCsvFile<T>(text: string, file: string, spec: FileSpec<T>): CsvParseResult<T> {
  const table = readCsvTable(text, file, spec.columns);
  const errors: CsvError[] = table.errors;
  const rows: T[] = [];
  const lines: number[] = [];
  const seen = new Map<string, number>();

  for (const record of table.records) {
    const row = new Row(file, record, table.missing, errors);
    const built = spec.build(row);
    if (built === undefined || row.failed) continue;
    const value = checkSchema(row, spec, built);
    if (value === undefined) continue;
    if (spec.key && spec.keyColumn) {
      const k = spec.key(value);
      const first = seen.get(k);
      if (first !== undefined) {
        row.fail(spec.keyColumn, `duplicate ${spec.keyColumn} ${q(k)} on lines ${first} and ${row.line}`);
        continue;
      }
      seen.set(k, row.line);
    }
    rows.push(value);
    lines.push(row.line);
  }
  return { file, rows, lines, errors: sortErrors(errors) };
}

/**
 * One record that did not come from a file (a form in the app, flags on the command line), keyed
 * by column name, through exactly the same build and schema checks as a file row: the same rules
 * and the same messages. Missing columns read as empty cells.
 */
export function parseCsvRecord<T>(
  values: Readonly<Record<string, string>>,
  file: string,
  spec: FileSpec<T>,
): { value: T | undefined; errors: CsvError[] } {
  const errors: CsvError[] = [];
  const cells: Record<string, string> = {};
  for (const c of spec.columns) cells[c] = (values[c] ?? '').trim();
  const row = new Row(file, { line: 1, values: cells }, new Set(), errors);
  const built = spec.build(row);
  const value = built === undefined || row.failed ? undefined : checkSchema(row, spec, built);
  return { value: row.failed ? undefined : value, errors };
}

/** The field parsers catch the common mistakes with friendlier words; zod is the final word on shape. */
function checkSchema<T>(row: Row, spec: FileSpec<T>, value: T): T | undefined {
  const result = spec.schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    const col = typeof key === 'string' ? (spec.columnOf?.[key] ?? key) : null;
    const shown = col && spec.columns.includes(col) ? col : null;
    const cell = shown ? row.get(shown) : '';
    row.fail(shown, `${col ?? 'row'}${cell ? ` ${q(cell)}` : ''}: ${issue.message}`);
  }
  return undefined;
}
