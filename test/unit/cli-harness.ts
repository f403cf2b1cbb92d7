// Runs the real CLI entry (runCli) in-process and captures what it prints and its exit code.
import { expect } from 'vitest';
import { runCli } from '../../electron/cli/run';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function cli(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const errors: string[] = [];
  const origError = console.error;
  console.error = (s: string) => errors.push(String(s));
  try {
    const code = await runCli(args, (s) => out.push(s));
    return { code, out: out.join('\n'), err: errors.join('\n') };
  } finally {
    console.error = origError;
  }
}

/** Runs the CLI expecting a refusal (exit 2); the lines it wrote to stderr. */
export async function refusedLines(args: string[]): Promise<string[]> {
  const r = await cli(args);
  expect(r.code, r.err).toBe(2);
  return r.err.split('\n');
}
