// Per-row accessor that records errors against the row's line and the column name.
import type { CsvError } from './errors';
import type { CsvRecord } from './table';

export class Row {
  /** Errors recorded on this row (including suppressed ones); failed rows are left out of the result. */
  failures = 0;

  constructor(
    readonly file: string,
    private readonly record: CsvRecord,
    private readonly missing: ReadonlySet<string>,
    private readonly errors: CsvError[],
  ) {}

  get failed(): boolean {
    return this.failures > 0;
  }

  get line(): number {
    return this.record.line;
  }

  get(col: string): string {
    return this.record.values[col] ?? '';
  }

  /** Record an error and return undefined so parsers can `return row.fail(...)`. */
  fail(col: string | null, message: string): undefined {
    this.failures++;
    // A missing column was already reported once on line 1; don't repeat it on every row.
    if (col === null || !this.missing.has(col)) this.errors.push({ file: this.file, line: this.line, field: col, message });
    return undefined;
  }

  required(col: string): string | undefined {
    const v = this.get(col);
    return v === '' ? this.fail(col, `required field ${col} is empty`) : v;
  }
}
