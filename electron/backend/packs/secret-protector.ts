// How a signing key's secret half is kept at rest. The backend defines the interface and the
// passphrase implementation; the desktop shell adds one backed by Electron's safeStorage (the
// OS keychain), which the backend cannot import.

/** A protected secret as stored in the key file: JSON, tagged with the protector's kind. */
export type ProtectedSecret = { kind: string } & Record<string, unknown>;

export interface SecretProtector {
  /** Stored in the envelope; picks the protector that can open it again. */
  readonly kind: string;
  /** Shown to the planner when this protection is weak (e.g. the OS keychain stores plain text). */
  readonly warning: string | null;
  /** `context` is bound to the ciphertext: an envelope moved to another key will not open. */
  protect(secret: Uint8Array, context: Uint8Array): ProtectedSecret;
  /** Throws SecretUnlockError when the secret cannot be recovered (wrong passphrase, other user). */
  unprotect(envelope: ProtectedSecret, context: Uint8Array): Uint8Array;
}

export class SecretUnlockError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretUnlockError';
  }
}
