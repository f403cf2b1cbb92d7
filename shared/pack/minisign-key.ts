// minisign's public key file and key ids. A key id is 8 random bytes; minisign shows it as the
// little-endian 64-bit number in upper-case hex without leading zeros (printf "%" PRIX64), and
// so do we, so the id in the app matches what `minisign` prints.
import { fromBase64, toBase64 } from './bytes';
import { PUBLIC_KEY_BYTES } from './ed25519';

export const KEY_ID_BYTES = 8;
/** "Ed": the Ed25519 algorithm tag minisign writes in front of keys. */
const ALG_ED = [0x45, 0x64];
const COMMENT_PREFIX = 'untrusted comment: ';

export interface MinisignPublicKey {
  keyId: Uint8Array;
  publicKey: Uint8Array;
}

export class MinisignFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MinisignFormatError';
  }
}

export function keyIdText(keyId: Uint8Array): string {
  let n = 0n;
  for (let i = keyId.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(keyId[i]!);
  return n.toString(16).toUpperCase();
}

/** `untrusted comment: minisign public key <ID>` + base64("Ed" || key id || public key). */
export function encodePublicKey(key: MinisignPublicKey): string {
  const body = new Uint8Array(2 + KEY_ID_BYTES + PUBLIC_KEY_BYTES);
  body.set(ALG_ED, 0);
  body.set(key.keyId, 2);
  body.set(key.publicKey, 2 + KEY_ID_BYTES);
  return `${COMMENT_PREFIX}minisign public key ${keyIdText(key.keyId)}\n${toBase64(body)}\n`;
}

/** Reads a minisign public key file (or a bare base64 key line, as `minisign -P` takes). */
export function parsePublicKey(text: string): MinisignPublicKey {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const keyLine = lines[0]?.startsWith(COMMENT_PREFIX) ? lines[1] : lines[0];
  if (keyLine === undefined || keyLine.trim() === '') throw new MinisignFormatError('no key line after the comment');
  const bytes = fromBase64(keyLine.trim());
  if (!bytes) throw new MinisignFormatError('the key line is not base64');
  if (bytes.length !== 2 + KEY_ID_BYTES + PUBLIC_KEY_BYTES) {
    throw new MinisignFormatError(`the key is ${bytes.length} bytes, expected ${2 + KEY_ID_BYTES + PUBLIC_KEY_BYTES}`);
  }
  if (bytes[0] !== ALG_ED[0] || bytes[1] !== ALG_ED[1]) throw new MinisignFormatError('unsupported key algorithm (expected Ed25519, "Ed")');
  return { keyId: bytes.slice(2, 2 + KEY_ID_BYTES), publicKey: bytes.slice(2 + KEY_ID_BYTES) };
}
