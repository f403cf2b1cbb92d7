// Field-level refusals for the edit forms and the CLI: every problem with the column it is
// about (CSV column names, so the import, the form and the flags all speak the same words).
import { ApiError } from '../../../shared/api/errors';
import type { CsvError } from '../../../shared/csv';

export interface FieldError {
  /** The jobs.csv / operatives.csv / flags.csv column, or null for the record as a whole. */
  field: string | null;
  message: string;
}

export const toFieldErrors = (errors: readonly CsvError[]): FieldError[] => errors.map((e) => ({ field: e.field, message: e.message }));

/** VALIDATION with the first problem in the message and all of them in `details.fields`; nothing was changed. */
export function fieldFailure(what: string, errors: readonly FieldError[]): ApiError {
  const first = errors[0]!;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length === 2 ? '' : 's'})` : '';
  return new ApiError('VALIDATION', `${what}: ${first.message}${more}; nothing was changed`, { fields: errors });
}
