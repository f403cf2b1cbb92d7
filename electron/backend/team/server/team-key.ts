// The team's signing key, held by the team server: one key signs every version the team
// publishes, so operations verifies all of them against one public key whichever planner
// published, and no workstation's own key ever leaves it. The secret half is kept in PostgreSQL
// sealed with the server's passphrase (PLANWRIGHT_PASSPHRASE of `team serve`): every server
// process of the team opens the same key; the database alone cannot sign.
import crypto from 'node:crypto';
import type pg from 'pg';
import { encodePublicKey, keyIdText, publicKeyOf, type MinisignSecretKey } from '../../../../shared/pack';
import { MIN_PASSPHRASE_CHARS, passphraseProtector } from '../../packs/passphrase-protector';
import { SecretUnlockError, type ProtectedSecret } from '../../packs/secret-protector';

export interface TeamKey {
  key: MinisignSecretKey;
  keyIdText: string;
  created: boolean;
}

interface KeyRow {
  key_id: string;
  public_key: string;
  protection: string;
}

const binding = (keyId: Uint8Array, publicKey: Uint8Array): Uint8Array =>
  new Uint8Array(
    Buffer.from(`planwright-team-signing-key/1 ${Buffer.from(keyId).toString('hex')} ${Buffer.from(publicKey).toString('hex')}`, 'utf8'),
  );

export class KeyRefusal extends Error {}

/** The team's public key as a minisign .pub file's text, or null before the first publish. */
export async function teamPublicKey(db: pg.ClientBase | pg.Pool): Promise<string | null> {
  const r = await db.query<KeyRow>('SELECT key_id, public_key, protection FROM team_signing_key WHERE id = 1');
  const row = r.rows[0];
  if (!row) return null;
  return encodePublicKey({ keyId: Buffer.from(row.key_id, 'hex'), publicKey: Buffer.from(row.public_key, 'hex') });
}

/** Opens the team key, making it on the first publish. The caller holds the publish lock. */
export async function openTeamKey(db: pg.ClientBase, passphrase: string | undefined, now: string): Promise<TeamKey> {
  if (!passphrase || passphrase.length < MIN_PASSPHRASE_CHARS)
    throw new KeyRefusal(
      `The team server has no passphrase for the team's signing key: start team serve with PLANWRIGHT_PASSPHRASE set (at least ${MIN_PASSPHRASE_CHARS} characters). Nothing was published`,
    );
  const protector = passphraseProtector(passphrase);
  const found = (await db.query<KeyRow>('SELECT key_id, public_key, protection FROM team_signing_key WHERE id = 1')).rows[0];
  if (found) {
    const keyId = new Uint8Array(Buffer.from(found.key_id, 'hex'));
    const publicKey = new Uint8Array(Buffer.from(found.public_key, 'hex'));
    let secretKey: Uint8Array;
    try {
      secretKey = protector.unprotect(JSON.parse(found.protection) as ProtectedSecret, binding(keyId, publicKey));
    } catch (e) {
      if (e instanceof SecretUnlockError)
        throw new KeyRefusal(`The team server's passphrase does not open the team's signing key (${e.message}). Nothing was published`);
      throw e;
    }
    return { key: { keyId, publicKey, secretKey }, keyIdText: keyIdText(keyId), created: false };
  }
  const secretKey = new Uint8Array(crypto.randomBytes(32));
  const keyId = new Uint8Array(crypto.randomBytes(8));
  const publicKey = publicKeyOf(secretKey);
  await db.query('INSERT INTO team_signing_key (id, key_id, public_key, protection, created_at) VALUES (1, $1, $2, $3, $4)', [
    Buffer.from(keyId).toString('hex'),
    Buffer.from(publicKey).toString('hex'),
    JSON.stringify(protector.protect(secretKey, binding(keyId, publicKey))),
    now,
  ]);
  return { key: { keyId, publicKey, secretKey }, keyIdText: keyIdText(keyId), created: true };
}
