// Shared by the plan-pack commands: a call that needs the signing key is made once with what the
// environment gives (PLANWRIGHT_PASSPHRASE); if the key needs a passphrase and none was set, the
// planner is asked on the terminal and the call is made again with it.
import { readSigningKey } from '../../backend/packs/signing-key';
import { CliError } from '../cli-error';
import { askPassphrase } from '../passphrase';

export async function withPassphrase<T>(command: string, home: string, run: (passphrase: string | undefined) => Promise<T>): Promise<T> {
  try {
    return await run(undefined);
  } catch (e) {
    const needs = e instanceof CliError && (e.api?.details as { need?: string } | undefined)?.need === 'passphrase';
    if (!needs || process.env.PLANWRIGHT_PASSPHRASE) throw e;
    return run(await askPassphrase(command, readSigningKey(home) === null));
  }
}
