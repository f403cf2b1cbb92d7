// minisign signature files in the prehashed "ED" form: the Ed25519 signature is over the
// BLAKE2b-512 hash of the file, and a second ("global") signature covers the first signature
// followed by the trusted comment, which makes the comment tamper-evident too.
//
//   untrusted comment: <text>
//   base64("ED" || key id (8) || signature (64))
//   trusted comment: <text>
//   base64(global signature (64))
import { blake2b } from '@noble/hashes/blake2.js';
import { concatBytes, equalBytes, fromBase64, toBase64, utf8 } from './bytes';
import { SIGNATURE_BYTES, edSign, edVerify, publicKeyOf } from './ed25519';
import { KEY_ID_BYTES, MinisignFormatError, keyIdText, type MinisignPublicKey } from './minisign-key';

const UNTRUSTED_PREFIX = 'untrusted comment: ';
const TRUSTED_PREFIX = 'trusted comment: ';
/** minisign's limit (TRUSTEDCOMMENTMAXBYTES) less its prefix. */
export const TRUSTED_COMMENT_MAX_BYTES = 8192 - TRUSTED_PREFIX.length - 1;
const ALG_PREHASHED = 'ED';
const ALG_LEGACY = 'Ed';

export interface MinisignSecretKey extends MinisignPublicKey {
  /** The 32-byte Ed25519 seed. */
  secretKey: Uint8Array;
}

export interface MinisignSignature {
  /** "ED" = over BLAKE2b-512 of the file (what we write); "Ed" = over the file itself. */
  algorithm: 'ED' | 'Ed';
  keyId: Uint8Array;
  signature: Uint8Array;
  untrustedComment: string;
  trustedComment: string;
  globalSignature: Uint8Array;
}

export type SignatureCheck = { ok: true } | { ok: false; cause: 'key-id' | 'message' | 'trusted-comment' | 'signature'; message: string };

export function signPrehashed(message: Uint8Array, key: MinisignSecretKey, trustedComment: string, untrustedComment: string): string {
  checkComment(trustedComment, 'trusted');
  checkComment(untrustedComment, 'untrusted');
  if (utf8(trustedComment).length > TRUSTED_COMMENT_MAX_BYTES) throw new MinisignFormatError('trusted comment too long');
  const signature = edSign(blake2b(message, { dkLen: 64 }), key.secretKey);
  const globalSignature = edSign(concatBytes(signature, utf8(trustedComment)), key.secretKey);
  return encodeSignature({ algorithm: 'ED', keyId: key.keyId, signature, untrustedComment, trustedComment, globalSignature });
}

export function encodeSignature(sig: MinisignSignature): string {
  const head = concatBytes(utf8(sig.algorithm), sig.keyId, sig.signature);
  return `${UNTRUSTED_PREFIX}${sig.untrustedComment}\n${toBase64(head)}\n${TRUSTED_PREFIX}${sig.trustedComment}\n${toBase64(sig.globalSignature)}\n`;
}

/** Parses the four lines as minisign reads them; throws MinisignFormatError naming what is wrong. */
export function parseSignature(text: string): MinisignSignature {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const [untrusted, head, trusted, global] = lines;
  if (untrusted === undefined || !untrusted.startsWith(UNTRUSTED_PREFIX))
    throw new MinisignFormatError(`line 1 must start with "${UNTRUSTED_PREFIX.trim()}"`);
  if (head === undefined || head === '') throw new MinisignFormatError('truncated: the signature line is missing');
  const headBytes = fromBase64(head);
  const headLength = 2 + KEY_ID_BYTES + SIGNATURE_BYTES;
  if (!headBytes) throw new MinisignFormatError('line 2 (the signature) is not valid base64');
  if (headBytes.length !== headLength)
    throw new MinisignFormatError(`line 2 holds ${headBytes.length} bytes, expected ${headLength} (truncated?)`);
  const algorithm = String.fromCharCode(headBytes[0]!, headBytes[1]!);
  if (algorithm !== ALG_PREHASHED && algorithm !== ALG_LEGACY)
    throw new MinisignFormatError(`unsupported signature algorithm "${algorithm}"`);
  if (trusted === undefined || !trusted.startsWith(TRUSTED_PREFIX))
    throw new MinisignFormatError(`truncated: line 3 must start with "${TRUSTED_PREFIX.trim()}"`);
  if (global === undefined || global === '') throw new MinisignFormatError('truncated: the trusted comment signature (line 4) is missing');
  const globalSignature = fromBase64(global);
  if (!globalSignature || globalSignature.length !== SIGNATURE_BYTES)
    throw new MinisignFormatError('line 4 (the trusted comment signature) is not base64 of 64 bytes (truncated?)');
  return {
    algorithm,
    keyId: headBytes.slice(2, 2 + KEY_ID_BYTES),
    signature: headBytes.slice(2 + KEY_ID_BYTES),
    untrustedComment: untrusted.slice(UNTRUSTED_PREFIX.length),
    trustedComment: trusted.slice(TRUSTED_PREFIX.length),
    globalSignature,
  };
}

/**
 * The checks `minisign -V` makes: key id, signature, trusted comment. Both signatures are
 * checked before answering, so the answer can say which file changed: the global signature
 * also covers the file signature, so a good global signature with a bad file signature means
 * the signature is authentic and the signed file (message) was changed.
 */
export function checkSignature(message: Uint8Array, sig: MinisignSignature, key: MinisignPublicKey): SignatureCheck {
  if (!equalBytes(sig.keyId, key.keyId)) {
    return { ok: false, cause: 'key-id', message: `signed by key ${keyIdText(sig.keyId)}, but the public key is ${keyIdText(key.keyId)}` };
  }
  const signed = sig.algorithm === ALG_PREHASHED ? blake2b(message, { dkLen: 64 }) : message;
  const fileOk = edVerify(sig.signature, signed, key.publicKey);
  const commentOk = edVerify(sig.globalSignature, concatBytes(sig.signature, utf8(sig.trustedComment)), key.publicKey);
  if (fileOk && commentOk) return { ok: true };
  if (commentOk) return { ok: false, cause: 'message', message: 'the signed file was changed after signing' };
  if (fileOk)
    return { ok: false, cause: 'trusted-comment', message: 'trusted comment signature does not verify (trusted comment changed)' };
  return {
    ok: false,
    cause: 'signature',
    message: 'signature does not verify with this public key (signature damaged, or made by another key)',
  };
}

/** The public half of a secret key, for checking that a key pair belongs together. */
export function publicHalf(key: MinisignSecretKey): MinisignPublicKey {
  return { keyId: key.keyId, publicKey: publicKeyOf(key.secretKey) };
}

function checkComment(text: string, which: string): void {
  if (/[\r\n]/.test(text)) throw new MinisignFormatError(`the ${which} comment must be one line`);
}
