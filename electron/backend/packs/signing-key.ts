// The workstation's Ed25519 signing key under PLANWRIGHT_HOME/keys: `signing-key.json` holds
// the secret half, protected (see SecretProtector), and `signing-key.pub` the public half in
// minisign's format for operations. Created on first publish; never overwritten.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { encodePublicKey, keyIdText, publicKeyOf, type MinisignSecretKey } from '../../../shared/pack';
import { SecretUnlockError, type ProtectedSecret, type SecretProtector } from './secret-protector';

export const KEY_FORMAT = 'planwright-signing-key';

export interface SigningKeyInfo {
  keyId: Uint8Array;
  /** As minisign prints it. */
  keyIdText: string;
  publicKey: Uint8Array;
  /** Which protector opens the secret half. */
  protection: string;
  createdAt: string;
  file: string;
  publicFile: string;
}

const keyFileSchema = z.object({
  format: z.literal(KEY_FORMAT),
  version: z.literal(1),
  algorithm: z.literal('Ed25519'),
  key_id: z.string().regex(/^[0-9a-f]{16}$/),
  public_key: z.string().regex(/^[0-9a-f]{64}$/),
  created_at: z.string(),
  protection: z.looseObject({ kind: z.string() }),
});

export function keyFiles(home: string): { dir: string; file: string; publicFile: string } {
  const dir = path.join(home, 'keys');
  return { dir, file: path.join(dir, 'signing-key.json'), publicFile: path.join(dir, 'signing-key.pub') };
}

/** The key's public facts, or null when there is no key yet. Throws when the file is damaged. */
export function readSigningKey(home: string): SigningKeyInfo | null {
  const { file, publicFile } = keyFiles(home);
  if (!fs.existsSync(file)) return null;
  let parsed: z.infer<typeof keyFileSchema>;
  try {
    const r = keyFileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!r.success) throw new Error(r.error.issues[0]?.message);
    parsed = r.data;
  } catch (e) {
    throw new SecretUnlockError(`the signing key file ${file} is damaged (${(e as Error).message})`);
  }
  const keyId = Buffer.from(parsed.key_id, 'hex');
  return {
    keyId: new Uint8Array(keyId),
    keyIdText: keyIdText(keyId),
    publicKey: new Uint8Array(Buffer.from(parsed.public_key, 'hex')),
    protection: parsed.protection.kind,
    createdAt: parsed.created_at,
    file,
    publicFile,
  };
}

/** The public key file's text (minisign format). */
export function publicKeyText(info: Pick<SigningKeyInfo, 'keyId' | 'publicKey'>): string {
  return encodePublicKey({ keyId: info.keyId, publicKey: info.publicKey });
}

/** Makes a new key pair, stores it protected, and returns it unlocked. Refuses to replace a key. */
export function createSigningKey(home: string, protector: SecretProtector, now: string): { info: SigningKeyInfo; key: MinisignSecretKey } {
  const { dir, file, publicFile } = keyFiles(home);
  const secretKey = new Uint8Array(crypto.randomBytes(32));
  const keyId = new Uint8Array(crypto.randomBytes(8));
  const publicKey = publicKeyOf(secretKey);
  const body = {
    format: KEY_FORMAT,
    version: 1,
    algorithm: 'Ed25519',
    key_id: Buffer.from(keyId).toString('hex'),
    public_key: Buffer.from(publicKey).toString('hex'),
    created_at: now,
    protection: protector.protect(secretKey, bindingOf(keyId, publicKey)),
  };
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeNew(file, `${JSON.stringify(body, null, 2)}\n`, 0o600);
  fs.writeFileSync(publicFile, encodePublicKey({ keyId, publicKey }), { mode: 0o644 });
  return {
    info: { keyId, keyIdText: keyIdText(keyId), publicKey, protection: protector.kind, createdAt: now, file, publicFile },
    key: { keyId, publicKey, secretKey },
  };
}

/** Opens the secret half; throws SecretUnlockError on a wrong passphrase or a mismatched key. */
export function unlockSigningKey(info: SigningKeyInfo, protector: SecretProtector): MinisignSecretKey {
  const raw = JSON.parse(fs.readFileSync(info.file, 'utf8')) as { protection: ProtectedSecret };
  const secretKey = protector.unprotect(raw.protection, bindingOf(info.keyId, info.publicKey));
  if (secretKey.length !== 32 || !Buffer.from(publicKeyOf(secretKey)).equals(Buffer.from(info.publicKey))) {
    throw new SecretUnlockError(`the signing key file ${info.file} is damaged (its secret and public halves differ)`);
  }
  return { keyId: info.keyId, publicKey: info.publicKey, secretKey };
}

/** Binds the protected secret to this key id and public key. */
function bindingOf(keyId: Uint8Array, publicKey: Uint8Array): Uint8Array {
  return new Uint8Array(
    Buffer.from(`${KEY_FORMAT}/1 ${Buffer.from(keyId).toString('hex')} ${Buffer.from(publicKey).toString('hex')}`, 'utf8'),
  );
}

/** Writes a file that must not exist yet, readable by the owner only; never a half-written one. */
function writeNew(file: string, text: string, mode: number): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text, { mode, flag: 'wx' });
  try {
    fs.linkSync(tmp, file); // fails if a key appeared meanwhile: never replace a key
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
