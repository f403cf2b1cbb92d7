// Error and result shapes shared by every CSV parser and the cross-file validator.

/** One problem in an import file. `line` is the 1-based physical line (header = 1). */
export interface CsvError {
  file: string;
  line: number;
  field: string | null;
  message: string;
}

/**
 * What a parser returns. `rows` holds only rows that passed every check; `lines[i]` is the
 * physical line `rows[i]` started on, so cross-file checks can point back into the file.
 */
export interface CsvParseResult<T> {
  file: string;
  rows: T[];
  lines: number[];
  errors: CsvError[];
}

/** Quote a user's value for a message, cut short so a pasted essay can't flood the error list. */
export function q(value: string): string {
  const cut = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(cut);
}

/** Errors grouped by file (in the order files first appear), then by line; otherwise stable. */
export function sortErrors(errors: CsvError[]): CsvError[] {
  const fileRank = new Map<string, number>();
  for (const e of errors) if (!fileRank.has(e.file)) fileRank.set(e.file, fileRank.size);
  return errors.slice().sort((a, b) => fileRank.get(a.file)! - fileRank.get(b.file)! || a.line - b.line);
}
