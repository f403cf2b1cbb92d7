import { describe, expect, it } from 'vitest';
import {
  MinisignFormatError,
  checkSignature,
  encodePublicKey,
  fromBase64,
  keyIdText,
  parsePublicKey,
  parseSignature,
  publicKeyOf,
  signPrehashed,
  toBase64,
  utf8,
} from '../../../../shared/pack';

function keyPair(seed: number, id: number[]) {
  const secretKey = new Uint8Array(32).fill(seed);
  return { keyId: new Uint8Array(id), secretKey, publicKey: publicKeyOf(secretKey) };
}
const A = keyPair(1, [0xa6, 0xf2, 0x71, 0xa9, 0x43, 0x47, 0x98, 0xed]);
const B = keyPair(2, [1, 2, 3, 4, 5, 6, 7, 0]);

describe('minisign keys', () => {
  it('shows the key id as minisign does: the little-endian u64 in upper-case hex, no leading zeros', () => {
    expect(keyIdText(A.keyId)).toBe('ED984743A971F2A6');
    expect(keyIdText(B.keyId)).toBe('7060504030201');
  });

  it('writes and reads the public key file: comment line, then base64("Ed" || key id || key)', () => {
    const text = encodePublicKey(A);
    const [comment, line, rest] = text.split('\n');
    expect(comment).toBe('untrusted comment: minisign public key ED984743A971F2A6');
    expect(rest).toBe('');
    const raw = fromBase64(line!)!;
    expect(raw.length).toBe(42);
    expect(String.fromCharCode(raw[0]!, raw[1]!)).toBe('Ed');
    const back = parsePublicKey(text);
    expect(back.keyId).toEqual(A.keyId);
    expect(back.publicKey).toEqual(A.publicKey);
    expect(parsePublicKey(line!).keyId).toEqual(A.keyId); // a bare key, as `minisign -P` takes
  });

  it('names what is wrong with a bad public key', () => {
    expect(() => parsePublicKey('untrusted comment: x\n')).toThrow(/no key line/);
    expect(() => parsePublicKey('untrusted comment: x\nnot base64!\n')).toThrow(/not base64/);
    expect(() => parsePublicKey(`untrusted comment: x\n${toBase64(new Uint8Array(40))}\n`)).toThrow(/40 bytes/);
    const wrongAlg = fromBase64(encodePublicKey(A).split('\n')[1]!)!;
    wrongAlg[1] = 0x44;
    expect(() => parsePublicKey(toBase64(wrongAlg))).toThrow(/unsupported key algorithm/);
  });
});

describe('minisign signatures (prehashed ED)', () => {
  const message = utf8('{"plan":"v1"}');
  const sigText = signPrehashed(message, A, 'planwright-pack pack:p version:1', 'planwright plan pack signature from key ED984743A971F2A6');

  it('has four lines: untrusted comment, base64("ED" || key id || sig), trusted comment, base64(global sig)', () => {
    const lines = sigText.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^untrusted comment: /);
    expect(fromBase64(lines[1]!)!.length).toBe(74);
    expect(String.fromCharCode(...fromBase64(lines[1]!)!.slice(0, 2))).toBe('ED');
    expect(lines[2]).toBe('trusted comment: planwright-pack pack:p version:1');
    expect(fromBase64(lines[3]!)!.length).toBe(64);
  });

  it('verifies, and says which part failed', () => {
    const sig = parseSignature(sigText);
    expect(checkSignature(message, sig, A)).toEqual({ ok: true });
    expect(checkSignature(utf8('{"plan":"v2"}'), sig, A)).toMatchObject({ ok: false, cause: 'message' });
    expect(checkSignature(message, { ...sig, trustedComment: 'planwright-pack pack:p version:2' }, A)).toMatchObject({
      ok: false,
      cause: 'trusted-comment',
    });
    expect(checkSignature(message, sig, B)).toMatchObject({
      ok: false,
      cause: 'key-id',
      message: 'signed by key ED984743A971F2A6, but the public key is 7060504030201',
    });
    // Another key that claims the same id: neither signature holds.
    expect(checkSignature(message, sig, { keyId: A.keyId, publicKey: B.publicKey })).toMatchObject({ ok: false, cause: 'signature' });
  });

  it('rejects truncated and malformed signature files with the reason', () => {
    const lines = sigText.split('\n');
    expect(() => parseSignature(lines.slice(0, 2).join('\n'))).toThrow(/truncated/);
    expect(() => parseSignature(`${lines[0]}\n${lines[1]!.slice(0, 50)}\n${lines[2]}\n${lines[3]}\n`)).toThrow(MinisignFormatError);
    expect(() => parseSignature(`${lines[0]}\n${lines[1]}\n${lines[2]}\n${lines[3]!.slice(0, 40)}\n`)).toThrow(/line 4/);
    expect(() => parseSignature(`hello\n${lines.slice(1).join('\n')}`)).toThrow(/line 1/);
  });

  it('refuses multi-line comments (minisign cannot carry them)', () => {
    expect(() => signPrehashed(message, A, 'a\nb', 'x')).toThrow(/one line/);
  });

  it('base64 is strict: padding and unused bits must be canonical', () => {
    expect(fromBase64('QQ==')).toEqual(new Uint8Array([65]));
    expect(fromBase64('QR==')).toBeNull(); // same byte, non-zero unused bits
    expect(fromBase64('QQ=')).toBeNull();
    expect(fromBase64('Q Q==')).toBeNull();
  });
});
