// Verifies a pack on disk, a folder or a .zip, against a minisign public key file: the same
// check operations run, used by `planwright verify` and by the app for packs handed back.
import fs from 'node:fs';
import path from 'node:path';
import { verifyPack, type VerifyResult } from '../../../shared/pack';
import { folderReader, zipReader } from './readers';
import { isCanonicalZip, unzipPack, type UnzippedPack } from './zip';
import { sha256 } from './sha256';

export interface PublicKeySource {
  /** A minisign .pub file; or give `text` (e.g. this workstation's own key). */
  file?: string;
  text?: string;
  name?: string;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function verifyPackAt(packPath: string, key: PublicKeySource): VerifyResult {
  const shown = path.basename(packPath) || packPath;
  let keyText = key.text;
  const keyName = key.name ?? (key.file ? path.basename(key.file) : 'public key');
  if (keyText === undefined) {
    if (!key.file || !fs.existsSync(key.file)) return fail(key.file ?? 'public key', 'not found');
    keyText = fs.readFileSync(key.file, 'utf8');
  }
  if (!fs.existsSync(packPath)) return fail(packPath, 'not found');
  if (fs.statSync(packPath).isDirectory())
    return checked(shown, () => verifyPack(folderReader(packPath), { text: keyText, name: keyName }, sha256));
  const bytes = new Uint8Array(fs.readFileSync(packPath));
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) return fail(shown, 'not a pack folder or a .zip of one');
  let unzipped: UnzippedPack;
  try {
    unzipped = unzipPack(bytes);
  } catch (e) {
    return fail(shown, `not a readable zip (${(e as Error).message})`);
  }
  const r = checked(shown, () => verifyPack(zipReader(unzipped), { text: keyText, name: keyName }, sha256));
  if (r.ok && !isCanonicalZip(bytes, unzipped)) {
    return fail(
      shown,
      'zip container changed: its files verify, but the zip is not byte for byte the one Planwright wrote (unzip it and verify the folder)',
    );
  }
  return r;
}

function checked(shown: string, run: () => VerifyResult): VerifyResult {
  try {
    return run();
  } catch (e) {
    return fail(shown, `unreadable (${(e as Error).message})`);
  }
}

function fail(file: string, cause: string): VerifyResult {
  return { ok: false, file, cause, message: `${file}: ${cause}` };
}
