// A CLI failure with its exit code: 2 = bad input or refused (nothing changed), 1 = internal.
import type { ApiErrorBody } from '../../shared/api/errors';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
    /** The dispatcher's refusal this came from, when it did (its code and details). */
    readonly api?: ApiErrorBody,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
