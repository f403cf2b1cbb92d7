// The desktop app keeps the signing key's secret with Electron's safeStorage (Keychain on
// macOS, DPAPI on Windows, libsecret/KWallet on Linux). Structural types instead of a runtime
// 'electron' import keep this testable in plain Node; main.ts passes the real safeStorage.
import { SecretUnlockError, type SecretProtector } from '../backend/packs/secret-protector';

export const SAFE_STORAGE_KIND = 'electron-safe-storage';

export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which secret store backs it; 'basic_text' means a fixed key, i.e. none. */
  getSelectedStorageBackend?(): string;
}

export const PLAIN_TEXT_WARNING =
  'No OS keychain is available to Electron on this Linux desktop (safeStorage uses its plain-text backend), so the signing key is stored effectively unencrypted. Install and unlock GNOME Keyring or KWallet, then create a new key.';

/** Null when the OS offers no encryption at all: the app then asks for a passphrase instead. */
export function safeStorageProtector(ss: SafeStorageLike, platform: NodeJS.Platform = process.platform): SecretProtector | null {
  if (!ss.isEncryptionAvailable()) return null;
  const plainText = platform === 'linux' && ss.getSelectedStorageBackend?.() === 'basic_text';
  return {
    kind: SAFE_STORAGE_KIND,
    warning: plainText ? PLAIN_TEXT_WARNING : null,
    protect(secret, context) {
      // safeStorage has no associated data: seal the context with the secret and check it on open.
      const sealed = JSON.stringify({ s: Buffer.from(secret).toString('base64'), c: Buffer.from(context).toString('base64') });
      return { kind: SAFE_STORAGE_KIND, blob: ss.encryptString(sealed).toString('base64') };
    },
    unprotect(envelope, context) {
      let opened: { s?: unknown; c?: unknown };
      try {
        opened = JSON.parse(ss.decryptString(Buffer.from(String(envelope.blob), 'base64'))) as { s?: unknown; c?: unknown };
      } catch {
        throw new SecretUnlockError('the OS keychain could not open the signing key (another user or machine?)');
      }
      if (opened.c !== Buffer.from(context).toString('base64') || typeof opened.s !== 'string') {
        throw new SecretUnlockError('the signing key file does not match its keychain entry');
      }
      return new Uint8Array(Buffer.from(opened.s, 'base64'));
    },
  };
}
