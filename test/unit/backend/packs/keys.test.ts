import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import { parsePublicKey } from '../../../../shared/pack';
import { protectorFor, protectorForNew, keyAccess } from '../../../../electron/backend/packs/key-access';
import { passphraseProtector } from '../../../../electron/backend/packs/passphrase-protector';
import { SecretUnlockError } from '../../../../electron/backend/packs/secret-protector';
import { createSigningKey, keyFiles, readSigningKey, unlockSigningKey } from '../../../../electron/backend/packs/signing-key';
import { listVersions } from '../../../../electron/backend/store/pack-versions';
import { tempDir } from '../temp-workspace';
import { PASS, seededWorkspace } from './pack-helpers';

const open: { close(): void }[] = [];
afterEach(() => open.splice(0).forEach((w) => w.close()));

describe('the signing key', () => {
  it('is created once under PLANWRIGHT_HOME/keys: secret owner-only and encrypted, public half in minisign format', () => {
    const home = tempDir();
    const { info, key } = createSigningKey(home, passphraseProtector(PASS), '2027-01-01T00:00:00Z');
    const files = keyFiles(home);
    expect(fs.statSync(files.file).mode & 0o777).toBe(0o600);
    const stored = fs.readFileSync(files.file, 'utf8');
    expect(stored).not.toContain(Buffer.from(key.secretKey).toString('hex'));
    expect(stored).not.toContain(Buffer.from(key.secretKey).toString('base64'));
    expect(JSON.parse(stored).protection).toMatchObject({ kind: 'passphrase', kdf: 'scrypt', N: 32768, r: 8, p: 1, cipher: 'aes-256-gcm' });
    const pub = parsePublicKey(fs.readFileSync(files.publicFile, 'utf8'));
    expect(pub.keyId).toEqual(info.keyId);
    expect(fs.readFileSync(files.publicFile, 'utf8').split('\n')[0]).toBe(`untrusted comment: minisign public key ${info.keyIdText}`);
    expect(() => createSigningKey(home, passphraseProtector(PASS), 'later')).toThrow(); // never replaced
    expect(unlockSigningKey(readSigningKey(home)!, passphraseProtector(PASS)).secretKey).toEqual(key.secretKey);
  });

  it('a wrong passphrase is refused with that reason', () => {
    const home = tempDir();
    createSigningKey(home, passphraseProtector(PASS), 'now');
    expect(() => unlockSigningKey(readSigningKey(home)!, passphraseProtector('not the passphrase'))).toThrow(
      new SecretUnlockError('wrong passphrase for the signing key'),
    );
  });

  it('a damaged key file is named, not a crash', () => {
    const home = tempDir();
    createSigningKey(home, passphraseProtector(PASS), 'now');
    const { file } = keyFiles(home);
    const body = JSON.parse(fs.readFileSync(file, 'utf8'));
    body.protection.N = 3; // not a power of two
    fs.writeFileSync(file, JSON.stringify(body));
    expect(() => unlockSigningKey(readSigningKey(home)!, passphraseProtector(PASS))).toThrow(/damaged/);
    fs.writeFileSync(file, '{ nope');
    expect(() => readSigningKey(home)).toThrow(/damaged/);
  });

  it('asks for what it needs: a passphrase (from the request or PLANWRIGHT_PASSPHRASE), or the desktop keychain', () => {
    expect(keyAccess(undefined, undefined, { PLANWRIGHT_PASSPHRASE: 'from-env-123' }).passphrase).toBe('from-env-123');
    expect(keyAccess('typed-1234', undefined, { PLANWRIGHT_PASSPHRASE: 'from-env-123' }).passphrase).toBe('typed-1234');
    const need = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return [(e as ApiError).code, ((e as ApiError).details as { need: string }).need, (e as Error).message];
      }
      return null;
    };
    expect(need(() => protectorFor('passphrase', {}))).toEqual([
      'VALIDATION',
      'passphrase',
      expect.stringMatching(/protected by a passphrase/),
    ]);
    expect(need(() => protectorForNew({}))).toEqual(['VALIDATION', 'passphrase', expect.stringMatching(/choose a passphrase/)]);
    expect(need(() => protectorForNew({ passphrase: 'short' }))).toEqual(['VALIDATION', 'passphrase', expect.stringMatching(/at least 8/)]);
    expect(need(() => protectorFor('electron-safe-storage', { passphrase: PASS }))).toEqual([
      'VALIDATION',
      'desktop',
      expect.stringMatching(/desktop app/),
    ]);
  });

  it('publishing with a wrong passphrase writes nothing', async () => {
    const ws = await seededWorkspace();
    open.push(ws);
    ws.publish();
    const before = fs.readdirSync(ws.out);
    expect(() => ws.publish({ access: { passphrase: 'wrong wrong wrong' } })).toThrow(
      /Cannot sign: wrong passphrase for the signing key\. Nothing was published/,
    );
    expect(fs.readdirSync(ws.out)).toEqual(before);
    expect(listVersions(ws.store)).toHaveLength(1);
    expect(() => ws.publish({ access: {} })).toThrow(ApiError);
    expect(path.basename(ws.publish().path)).toBe('planwright-v002-2027-01-04_2027-01-08');
  });
});
