// Which protector opens (or creates) the signing key in this process: the desktop app's OS
// keychain protector when the shell provides one, else a passphrase from the request or
// PLANWRIGHT_PASSPHRASE. Refusals carry `details.need` so the UI knows what to ask for.
import { ApiError } from '../../../shared/api/errors';
import { MIN_PASSPHRASE_CHARS, PASSPHRASE_KIND, passphraseProtector } from './passphrase-protector';
import type { SecretProtector } from './secret-protector';

export interface KeyAccess {
  /** Typed by the planner for this request, or from PLANWRIGHT_PASSPHRASE. Never stored or logged. */
  passphrase?: string | undefined;
  /** The desktop shell's keychain-backed protector. */
  desktop?: SecretProtector | undefined;
}

export function keyAccess(
  passphrase: string | undefined,
  desktop: SecretProtector | undefined,
  env: NodeJS.ProcessEnv = process.env,
): KeyAccess {
  const fromEnv = env.PLANWRIGHT_PASSPHRASE;
  return { passphrase: passphrase || fromEnv || undefined, desktop };
}

/** The protector for a key stored with `kind`. */
export function protectorFor(kind: string, access: KeyAccess): SecretProtector {
  if (kind === PASSPHRASE_KIND) {
    if (!access.passphrase) throw needPassphrase('The signing key is protected by a passphrase: enter it (or set PLANWRIGHT_PASSPHRASE)');
    return passphraseProtector(access.passphrase);
  }
  if (access.desktop && access.desktop.kind === kind) return access.desktop;
  throw new ApiError(
    'VALIDATION',
    `The signing key is protected by the desktop app's OS keychain (${kind}): publish from the Planwright desktop app`,
    { need: 'desktop' },
  );
}

/** The protector for a key created now: the OS keychain in the desktop app, else a passphrase. */
export function protectorForNew(access: KeyAccess): SecretProtector {
  if (access.desktop) return access.desktop;
  if (!access.passphrase)
    throw needPassphrase('No signing key yet: choose a passphrase to protect the new key (or set PLANWRIGHT_PASSPHRASE)');
  if (access.passphrase.length < MIN_PASSPHRASE_CHARS) {
    throw new ApiError('VALIDATION', `Choose a passphrase of at least ${MIN_PASSPHRASE_CHARS} characters for the new signing key`, {
      need: 'passphrase',
    });
  }
  return passphraseProtector(access.passphrase);
}

function needPassphrase(message: string): ApiError {
  return new ApiError('VALIDATION', message, { need: 'passphrase' });
}
