// Shared by the plan-pack commands: run a key-using step, asking for the passphrase only when
// the key needs one and none was set, and turn domain refusals into exit-2 CLI errors.
import { ApiError } from '../../../shared/api/errors';
import { keyAccess, type KeyAccess } from '../../backend/packs/key-access';
import { readSigningKey } from '../../backend/packs/signing-key';
import { CliError } from '../cli-error';
import { askPassphrase } from '../passphrase';

export async function withKeyAccess<T>(command: string, home: string, run: (access: KeyAccess) => T): Promise<T> {
  const access = keyAccess(undefined, undefined);
  try {
    return run(access);
  } catch (e) {
    const needs = e instanceof ApiError && (e.details as { need?: string } | undefined)?.need === 'passphrase';
    if (!needs || access.passphrase) throw asCliError(e);
    const passphrase = await askPassphrase(command, readSigningKey(home) === null);
    try {
      return run({ ...access, passphrase });
    } catch (e2) {
      throw asCliError(e2);
    }
  }
}

export function asCliError(e: unknown): unknown {
  if (e instanceof ApiError && e.code !== 'INTERNAL') return new CliError(e.message);
  return e;
}
