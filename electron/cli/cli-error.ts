// A CLI failure with its exit code: 2 = bad input or refused (nothing changed), 1 = internal.
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
