// Building and signing the manifest of a pack whose other files are already hashed.
import { keyIdText } from './minisign-key';
import { signPrehashed, type MinisignSecretKey } from './minisign-signature';
import {
  MANIFEST_FILE,
  PACK_FORMAT,
  PACK_SCHEMA_VERSION,
  SIGNATURE_FILE,
  manifestBytes,
  type Manifest,
  type ManifestFile,
} from './manifest';
import type { PackIdentity } from './plan-model';
import { formatTrustedComment, untrustedCommentFor } from './trusted-comment';

export function buildManifest(id: PackIdentity, files: readonly ManifestFile[]): Manifest {
  for (const f of files) {
    if (f.path === MANIFEST_FILE || f.path === SIGNATURE_FILE) throw new Error(`${f.path} cannot be listed in its own manifest`);
  }
  return {
    format: PACK_FORMAT,
    schema_version: PACK_SCHEMA_VERSION,
    pack_id: id.pack_id,
    version: id.version,
    range: { from: id.from, to: id.to },
    scenario: id.scenario,
    created_at: id.created_at,
    app_version: id.app_version,
    key_id: id.key_id,
    prev_version: id.prev_version,
    prev_manifest_sha256: id.prev_manifest_sha256,
    files: [...files],
  };
}

/** The manifest's bytes and its minisign signature file text. */
export function signManifest(manifest: Manifest, key: MinisignSecretKey): { bytes: Uint8Array; signature: string } {
  if (keyIdText(key.keyId) !== manifest.key_id)
    throw new Error(`the manifest names key ${manifest.key_id}, but the signing key is ${keyIdText(key.keyId)}`);
  const bytes = manifestBytes(manifest);
  const trusted = formatTrustedComment({
    packId: manifest.pack_id,
    version: manifest.version,
    prevSha256: manifest.prev_manifest_sha256,
    from: manifest.range.from,
    to: manifest.range.to,
  });
  return { bytes, signature: signPrehashed(bytes, key, trusted, untrustedCommentFor(keyIdText(key.keyId))) };
}
