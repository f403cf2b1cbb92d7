// Turns CSV text into header-checked records with physical line numbers. Knows nothing
// about operatives or jobs: each file's parser supplies its column list.
import Papa from 'papaparse';
import { q, type CsvError } from './errors';

export interface CsvRecord {
  /** Physical line the record starts on (a quoted field may span several lines). */
  line: number;
  /** Trimmed value per known column present in the header. */
  values: Record<string, string>;
}

export interface CsvTable {
  records: CsvRecord[];
  errors: CsvError[];
  /** Expected columns absent from the header; row errors on these are suppressed (already reported on line 1). */
  missing: ReadonlySet<string>;
}

export function readCsvTable(input: string, file: string, columns: readonly string[]): CsvTable {
  const errors: CsvError[] = [];
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') {
    errors.push({ file, line: 1, field: null, message: `file is empty (expected a header row: ${columns.join(',')})` });
    return { records: [], errors, missing: new Set(columns) };
  }

  const newline = detectNewline(text);
  // Delimiter is fixed: auto-detection would be fooled by our ';'-separated lists.
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline, quoteChar: '"', header: false, skipEmptyLines: false });
  const rows = parsed.data;
  const lines = startLines(rows, newline === '\r' ? '\r' : '\n');

  const badRows = new Map<number, string>();
  for (const e of parsed.errors) {
    if (e.row === undefined || badRows.has(e.row)) continue;
    badRows.set(e.row, e.code === 'MissingQuotes' ? 'unterminated quoted field (a " is never closed)' : `malformed quoting: ${e.message}`);
  }

  const header = (rows[0] ?? []).map((h) => h.trim());
  const index = new Map<string, number>();
  const known = new Set(columns);
  header.forEach((name, i) => {
    if (index.has(name)) errors.push({ file, line: 1, field: name, message: `column ${q(name)} appears more than once` });
    else if (!known.has(name)) errors.push({ file, line: 1, field: name || null, message: unknownColumn(name, columns) });
    else index.set(name, i);
  });
  const missing = new Set(columns.filter((c) => !index.has(c)));
  for (const c of missing) errors.push({ file, line: 1, field: c, message: `missing column ${q(c)}` });
  if (badRows.has(0)) errors.push({ file, line: 1, field: null, message: badRows.get(0)! });

  const records: CsvRecord[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const line = lines[r]!;
    if (row.every((f) => f.trim() === '')) continue; // blank line, or Excel's ",,,,"
    const bad = badRows.get(r);
    if (bad) {
      errors.push({ file, line, field: null, message: bad });
      continue;
    }
    if (row.length !== header.length) {
      errors.push({ file, line, field: null, message: `expected ${header.length} fields, found ${row.length}` });
      continue;
    }
    const values: Record<string, string> = {};
    for (const [name, i] of index) values[name] = row[i]!.trim();
    records.push({ line, values });
  }
  return { records, errors, missing };
}

/** The header row tells us the file's line ending; CRLF files may still hold bare LF inside quoted cells. */
function detectNewline(text: string): '\n' | '\r\n' | '\r' {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (lf === -1) return cr === -1 ? '\n' : '\r';
  if (cr !== -1 && cr < lf) return cr === lf - 1 ? '\r\n' : '\r';
  return '\n';
}

/** Quoted fields keep their embedded line breaks, so counting them recovers physical line numbers. */
function startLines(rows: string[][], breakChar: string): number[] {
  const out: number[] = [];
  let line = 1;
  for (const row of rows) {
    out.push(line);
    line += 1;
    for (const f of row) {
      for (let i = f.indexOf(breakChar); i !== -1; i = f.indexOf(breakChar, i + 1)) line++;
    }
  }
  return out;
}

function unknownColumn(name: string, columns: readonly string[]): string {
  if (name === '') return 'empty column name in header';
  const near = columns.find((c) => c.toLowerCase() === name.toLowerCase().replace(/[\s-]+/g, '_'));
  return near ? `unknown column ${q(name)} (did you mean ${q(near)}?)` : `unknown column ${q(name)}`;
}
