// Bytes ↔ text, strict base64 and hex, without Node's Buffer: shared/ runs in the browser too.
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

export { bytesToHex, concatBytes, hexToBytes };

export function utf8(text: string): Uint8Array {
  return utf8ToBytes(text);
}

interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}
// Every runtime we target (Node, Electron, browsers) has TextDecoder; shared/'s lib has no DOM
// types, so it is typed here. `fatal`: invalid UTF-8 is an error, never U+FFFD in silence.
// `ignoreBOM`: a BOM stays in the text, so a signed file with one is not quietly "fixed".
const Decoder = (globalThis as unknown as { TextDecoder: new (label: string, opts: { fatal: boolean; ignoreBOM: boolean }) => Utf8Decoder })
  .TextDecoder;
const strictDecoder = new Decoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8, throwing on any invalid sequence. */
export function fromUtf8(bytes: Uint8Array): string {
  return strictDecoder.decode(bytes);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Standard base64 with padding (RFC 4648 §4), as minisign writes it. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return out;
}

/**
 * Strict base64: standard alphabet, correct padding, and canonical (unused trailing bits zero),
 * so two different texts never decode to the same bytes. Returns null when the text is not that.
 */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const c = text[i + k]!;
      n = (n << 6) | (c === '=' ? 0 : B64_INDEX.get(c)!);
    }
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return toBase64(out) === text ? out : null;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
