// SHA-256 through Node's crypto: the pack's files add up to megabytes, hashed on every publish
// and verify, and OpenSSL's implementation is many times faster than a JS one.
import crypto from 'node:crypto';

export function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(crypto.createHash('sha256').update(bytes).digest());
}

export function sha256Hex(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}
