// Flag parsing for subcommands on top of node:util parseArgs, with plain error messages.
import { parseArgs } from 'node:util';
import { CliError } from './cli-error';

export type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** The option table of a command whose flags all take a value but for a few switches (`--json`, `--pending`). */
export function flagTable<const S extends string, const B extends string = never>(
  valued: readonly S[],
  switches: readonly B[] = [],
): { [K in S]: { type: 'string' } } & { [K in B]: { type: 'boolean' } } {
  const table: FlagSpec = {};
  for (const name of valued) table[name] = { type: 'string' };
  for (const name of switches) table[name] = { type: 'boolean' };
  return table as { [K in S]: { type: 'string' } } & { [K in B]: { type: 'boolean' } };
}

export function parseFlags<S extends FlagSpec>(argv: string[], spec: S, command: string) {
  try {
    return parseArgs({ args: negativeValues(argv, spec), options: spec, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(`${command}: ${(e as Error).message.replace(/\. To specify a positional.*$/s, '')}`);
  }
}

export function required(value: string | boolean | undefined, flag: string, command: string): string {
  if (typeof value !== 'string' || value === '') throw new CliError(`${command}: --${flag} is required`);
  return value;
}

export function intFlag(value: string | boolean | undefined, flag: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n < min || n > max) {
    throw new CliError(`--${flag} must be a whole number from ${min} to ${max} (got "${String(value)}")`);
  }
  return n;
}

export function numberFlag(value: string | boolean | undefined, flag: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    throw new CliError(`--${flag} must be a number from ${min} to ${max} (got "${String(value)}")`);
  }
  return n;
}

/** `--lon -1.57`: a negative number after a string flag is its value, not an unknown flag. */
function negativeValues(argv: string[], spec: FlagSpec): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const next = argv[i + 1];
    const name = flag.startsWith('--') ? flag.slice(2) : null;
    if (name && spec[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${flag}=${next}`);
      i++;
    } else out.push(flag);
  }
  return out;
}
