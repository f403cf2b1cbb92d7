// The signing key's passphrase for the CLI: PLANWRIGHT_PASSPHRASE, else a prompt on a terminal
// with echo off. Never echoed, logged or stored.
import { CliError } from './cli-error';

export function canPrompt(): boolean {
  return Boolean(process.stdin.isTTY && process.stderr.isTTY);
}

/** Asks for a passphrase (twice for a new key); fails plainly when there is no terminal. */
export async function askPassphrase(command: string, newKey: boolean): Promise<string> {
  if (!canPrompt()) {
    throw new CliError(`${command}: the signing key needs a passphrase: set PLANWRIGHT_PASSPHRASE, or run in a terminal to be asked`);
  }
  if (!newKey) return promptHidden('Passphrase for the signing key: ');
  const first = await promptHidden('No signing key yet. Choose a passphrase to protect it: ');
  const again = await promptHidden('Type it again: ');
  if (first !== again) throw new CliError(`${command}: the passphrases differ; nothing was done`);
  return first;
}

function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          finish();
          resolve(typed);
          return;
        }
        if (ch === '\u0003' || ch === '\u0004') {
          finish();
          reject(new CliError('cancelled; nothing was done'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}
