// Checks a plan pack the way operations would: the signature on manifest.json first, then
// every listed file's hash, then that no file is missing or extra. The first failure is the
// answer, as one line naming the file and the cause.
import { bytesToHex, fromUtf8 } from './bytes';
import { MinisignFormatError, keyIdText, parsePublicKey, type MinisignPublicKey } from './minisign-key';
import { checkSignature, encodeSignature, parseSignature } from './minisign-signature';
import { MANIFEST_FILE, SIGNATURE_FILE, parseManifest, type Manifest } from './manifest';
import { commentMatches, formatTrustedComment, factsOf, untrustedCommentFor } from './trusted-comment';

/** The files of a pack, wherever they are (a folder, a zip). Paths use '/' and are relative. */
export interface PackReader {
  /** Every file in the pack. */
  list(): string[];
  /** A file's bytes, or null when it does not exist. */
  read(path: string): Uint8Array | null;
}

export type VerifyResult =
  | { ok: true; manifest: Manifest; trustedComment: string; keyId: string; manifestSha256: string }
  | { ok: false; file: string; cause: string; message: string };

export type Sha256 = (bytes: Uint8Array) => Uint8Array;

export interface PublicKeyInput {
  /** The key file's text (minisign format). */
  text: string;
  /** How to name the key file in messages. */
  name: string;
}

export function verifyPack(reader: PackReader, key: PublicKeyInput, sha256: Sha256): VerifyResult {
  let pk: MinisignPublicKey;
  try {
    pk = parsePublicKey(key.text);
  } catch (e) {
    return fail(key.name, `not a minisign public key (${(e as Error).message})`);
  }

  const manifestRaw = reader.read(MANIFEST_FILE);
  if (!manifestRaw) return fail(MANIFEST_FILE, 'missing');
  const sigRaw = reader.read(SIGNATURE_FILE);
  if (!sigRaw) return fail(SIGNATURE_FILE, 'missing');

  let sigText: string;
  let sig: ReturnType<typeof parseSignature>;
  try {
    sigText = fromUtf8(sigRaw);
    sig = parseSignature(sigText);
  } catch (e) {
    const why = e instanceof MinisignFormatError ? e.message : 'not UTF-8 text';
    return fail(SIGNATURE_FILE, `malformed signature: ${why}`);
  }
  if (sig.algorithm !== 'ED')
    return fail(SIGNATURE_FILE, 'uses the legacy non-prehashed algorithm "Ed"; plan packs are signed prehashed ("ED")');
  const check = checkSignature(manifestRaw, sig, pk);
  if (!check.ok) {
    if (check.cause === 'key-id') return fail(SIGNATURE_FILE, `${check.message} (wrong public key?)`);
    if (check.cause === 'message') return fail(MANIFEST_FILE, 'signature does not match: manifest.json was changed after signing');
    return fail(SIGNATURE_FILE, check.message);
  }
  // minisign ignores the untrusted comment and line-ending details; we rebuild the file from
  // its signed parts so that any changed byte anywhere in it is caught.
  if (sigText !== encodeSignature({ ...sig, untrustedComment: untrustedCommentFor(keyIdText(sig.keyId)) })) {
    return fail(SIGNATURE_FILE, 'changed outside its signed parts (untrusted comment or line endings)');
  }

  let manifest: Manifest;
  try {
    manifest = parseManifest(fromUtf8(manifestRaw));
  } catch (e) {
    return fail(MANIFEST_FILE, `signed, but not a plan pack manifest: ${(e as Error).message}`);
  }
  if (!commentMatches(sig.trustedComment, manifest)) {
    return fail(
      SIGNATURE_FILE,
      `trusted comment "${sig.trustedComment}" does not match manifest.json ("${formatTrustedComment(factsOf(manifest))}")`,
    );
  }

  const listed = new Set<string>();
  for (const f of manifest.files) {
    const bad = unsafePath(f.path);
    if (bad) return fail(f.path, `listed in manifest.json with an unsafe path (${bad})`);
    if (listed.has(f.path)) return fail(f.path, 'listed twice in manifest.json');
    listed.add(f.path);
  }
  const present = new Set(reader.list());
  for (const f of manifest.files) {
    if (!present.has(f.path)) continue; // reported as missing below, after the hashes
    const bytes = reader.read(f.path);
    if (!bytes) continue;
    if (bytes.length !== f.bytes) return fail(f.path, `size differs from manifest (${bytes.length} bytes, manifest says ${f.bytes})`);
    if (bytesToHex(sha256(bytes)) !== f.sha256) return fail(f.path, 'sha256 differs from manifest');
  }
  for (const f of manifest.files) if (!present.has(f.path)) return fail(f.path, 'missing (listed in manifest.json)');
  const extra = [...present].filter((p) => !listed.has(p) && p !== MANIFEST_FILE && p !== SIGNATURE_FILE).sort();
  if (extra.length > 0)
    return fail(extra[0]!, `not listed in manifest.json (extra file${extra.length > 1 ? `; ${extra.length - 1} more` : ''})`);

  return {
    ok: true,
    manifest,
    trustedComment: sig.trustedComment,
    keyId: keyIdText(pk.keyId),
    manifestSha256: bytesToHex(sha256(manifestRaw)),
  };
}

function fail(file: string, cause: string): VerifyResult {
  return { ok: false, file, cause, message: `${file}: ${cause}` };
}

/** Why a listed path could escape the pack or be ambiguous, or null when it is a plain relative path. */
export function unsafePath(p: string): string | null {
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p)) return 'absolute';
  if (p.includes('\\')) return 'backslash';
  if (p.split('/').some((s) => s === '' || s === '.' || s === '..')) return 'empty, . or .. segment';
  if (/[\u0000-\u001f]/.test(p)) return 'control character'; // eslint-disable-line no-control-regex
  return null;
}
