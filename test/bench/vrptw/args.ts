// Flag values for the solver benchmarks: whole numbers within stated bounds, or a clear message
// naming the flag and what it got, and exit code 2 (a benchmark that silently runs with NaN
// measures nothing).
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** parseArgs with its errors (unknown flag, missing or dash-led value) as bad input. */
export function benchFlags<O extends NonNullable<ParseArgsConfig['options']>>(
  options: O,
): ReturnType<typeof parseArgs<{ options: O }>>['values'] {
  try {
    return parseArgs({ options }).values;
  } catch (e) {
    return badArgs((e as Error).message);
  }
}

export function badArgs(message: string): never {
  console.error(message);
  process.exit(2);
}

export function wholeFlag(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max)
    badArgs(`--${name} must be a whole number from ${min} to ${max} (got "${value}")`);
  return n;
}

/** A comma list of whole numbers (time limits), each within bounds. */
export function wholeListFlag(name: string, value: string, min: number, max: number): number[] {
  return value.split(',').map((v) => wholeFlag(name, v, 0, min, max));
}
