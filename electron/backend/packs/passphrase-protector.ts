// Passphrase protection for the CLI, the browser host and tests: scrypt (N=2^15, r=8, p=1)
// derives an AES-256-GCM key; GCM's tag tells a wrong passphrase from a right one. The
// parameters are stored with the secret so they can be raised later without breaking old keys.
import crypto from 'node:crypto';
import { SecretUnlockError, type ProtectedSecret, type SecretProtector } from './secret-protector';

export const PASSPHRASE_KIND = 'passphrase';
export const MIN_PASSPHRASE_CHARS = 8;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
// A key file is read from disk: refuse parameters that would stall or exhaust memory.
const MAX_N = 2 ** 20;

export function passphraseProtector(passphrase: string, params: ScryptParams = DEFAULT_SCRYPT): SecretProtector {
  const secretPass = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  return {
    kind: PASSPHRASE_KIND,
    warning: null,
    protect(secret, context) {
      const salt = crypto.randomBytes(16);
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', derive(secretPass, salt, params), iv);
      cipher.setAAD(context);
      const ciphertext = Buffer.concat([cipher.update(secret), cipher.final()]);
      return {
        kind: PASSPHRASE_KIND,
        kdf: 'scrypt',
        ...params,
        salt: salt.toString('base64'),
        cipher: 'aes-256-gcm',
        iv: iv.toString('base64'),
        ciphertext: ciphertext.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
      };
    },
    unprotect(envelope, context) {
      const e = readEnvelope(envelope);
      const decipher = crypto.createDecipheriv('aes-256-gcm', derive(secretPass, e.salt, e), e.iv);
      decipher.setAAD(context);
      decipher.setAuthTag(e.tag);
      try {
        return new Uint8Array(Buffer.concat([decipher.update(e.ciphertext), decipher.final()]));
      } catch {
        throw new SecretUnlockError('wrong passphrase for the signing key');
      }
    },
  };
}

function derive(pass: Buffer, salt: Buffer, { N, r, p }: ScryptParams): Buffer {
  return crypto.scryptSync(pass, salt, 32, { N, r, p, maxmem: 256 * N * r });
}

function readEnvelope(env: ProtectedSecret) {
  const num = (k: string) => (typeof env[k] === 'number' ? (env[k] as number) : NaN);
  const b64 = (k: string) => (typeof env[k] === 'string' ? Buffer.from(env[k] as string, 'base64') : Buffer.alloc(0));
  const N = num('N');
  const r = num('r');
  const p = num('p');
  const ok =
    env.kind === PASSPHRASE_KIND &&
    env.kdf === 'scrypt' &&
    env.cipher === 'aes-256-gcm' &&
    Number.isInteger(N) &&
    N >= 2 &&
    N <= MAX_N &&
    (N & (N - 1)) === 0 &&
    Number.isInteger(r) &&
    r >= 1 &&
    r <= 32 &&
    Number.isInteger(p) &&
    p >= 1 &&
    p <= 16;
  const salt = b64('salt');
  const iv = b64('iv');
  const tag = b64('tag');
  const ciphertext = b64('ciphertext');
  if (!ok || salt.length < 16 || iv.length !== 12 || tag.length !== 16 || ciphertext.length === 0) {
    throw new SecretUnlockError('the signing key file is damaged (bad passphrase envelope)');
  }
  return { N, r, p, salt, iv, tag, ciphertext };
}
