import { describe, expect, it } from 'vitest';
import { SecretUnlockError } from '../../../electron/backend/packs/secret-protector';
import {
  PLAIN_TEXT_WARNING,
  SAFE_STORAGE_KIND,
  safeStorageProtector,
  type SafeStorageLike,
} from '../../../electron/shell/safe-storage-protector';

// A stand-in for Electron's safeStorage: reversible "encryption" with a per-instance key.
function fakeSafeStorage(backend: string, available = true, salt = 7): SafeStorageLike {
  const flip = (b: Buffer) => Buffer.from(b.map((x) => x ^ salt));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (s) => flip(Buffer.from(s, 'utf8')),
    decryptString: (b) => {
      const s = flip(b).toString('utf8');
      if (!s.startsWith('{')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return s;
    },
    getSelectedStorageBackend: () => backend,
  };
}

describe('the desktop key protector (Electron safeStorage)', () => {
  const secret = new Uint8Array(32).fill(9);
  const context = new Uint8Array([1, 2, 3]);

  it('round-trips the secret bound to its key, and warns when Linux stores plain text', () => {
    const p = safeStorageProtector(fakeSafeStorage('gnome_libsecret'), 'linux')!;
    expect(p.kind).toBe(SAFE_STORAGE_KIND);
    expect(p.warning).toBeNull();
    expect(p.unprotect(p.protect(secret, context), context)).toEqual(secret);
    expect(() => p.unprotect(p.protect(secret, context), new Uint8Array([9]))).toThrow(SecretUnlockError);
    expect(safeStorageProtector(fakeSafeStorage('basic_text'), 'linux')!.warning).toBe(PLAIN_TEXT_WARNING);
    expect(safeStorageProtector(fakeSafeStorage('basic_text'), 'darwin')!.warning).toBeNull();
  });

  it("is absent when the OS offers no encryption, and fails plainly on another machine's blob", () => {
    expect(safeStorageProtector(fakeSafeStorage('unknown', false), 'linux')).toBeNull();
    const blob = safeStorageProtector(fakeSafeStorage('kwallet', true, 7), 'linux')!.protect(secret, context);
    expect(() => safeStorageProtector(fakeSafeStorage('kwallet', true, 8), 'linux')!.unprotect(blob, context)).toThrow(
      /could not open the signing key/,
    );
  });
});
