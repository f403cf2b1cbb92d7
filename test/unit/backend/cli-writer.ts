// The CLI as a second writer: runs the real `planwright assign` entry (runCli) once per move
// from a JSON file, in one process (one tsx start-up instead of one per move), and prints one
// JSON line per move with its exit code and what it printed.
import fs from 'node:fs';
import { runCli } from '../../../electron/cli/run';

const [db, movesFile] = process.argv.slice(2) as [string, string];
const moves = JSON.parse(fs.readFileSync(movesFile, 'utf8')) as { ref: string; operative: string; date: string }[];
for (const m of moves) {
  const errors: string[] = [];
  const origError = console.error;
  console.error = (s: unknown) => errors.push(String(s));
  const code = await runCli(
    ['assign', '--db', db, '--job', m.ref, '--operative', m.operative, '--date', m.date, '--force-reason', 'two writers test'],
    () => undefined,
  );
  console.error = origError;
  process.stdout.write(`${JSON.stringify({ ...m, code, err: errors.join('\n') })}\n`);
}
