// Where a command's file output goes: `-` is standard output, anything else a file written to a
// temporary name and renamed. Every `--out F|-` goes through here, so how files are written can
// change in one place.
import { writeFileAtomic } from '../backend/write-file-atomic';

export function writeOutput(target: string, text: string): void {
  if (target === '-') process.stdout.write(text);
  else writeFileAtomic(target, text);
}
