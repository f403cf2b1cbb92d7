// Runs the real CLI entry (runCli) in-process and captures what it prints and its exit code.
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
