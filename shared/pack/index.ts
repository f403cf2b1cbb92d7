// Plan packs: the signed, versioned handoff from planning to operations. Pure format code —
// canonical JSON, minisign keys and signatures, the manifest, run sheets, calendar files, the
// diff between versions and verification — usable in the backend and the browser alike.
export { canonicalJson, CanonicalJsonError, serializeNumber, serializeString } from './canonical-json';
export { bytesToHex, fromBase64, fromUtf8, hexToBytes, toBase64, utf8 } from './bytes';
export { publicKeyOf, SECRET_KEY_BYTES } from './ed25519';
export { encodePublicKey, keyIdText, KEY_ID_BYTES, MinisignFormatError, parsePublicKey } from './minisign-key';
export type { MinisignPublicKey } from './minisign-key';
export { checkSignature, encodeSignature, parseSignature, signPrehashed } from './minisign-signature';
export type { MinisignSecretKey, MinisignSignature, SignatureCheck } from './minisign-signature';
export { MANIFEST_FILE, manifestBytes, manifestSchema, PACK_FORMAT, PACK_SCHEMA_VERSION, parseManifest, SIGNATURE_FILE } from './manifest';
export type { Manifest, ManifestFile } from './manifest';
export { commentMatches, formatTrustedComment } from './trusted-comment';
export { PACK_TIMEZONE } from './plan-model';
export type {
  PackIdentity,
  PackJob,
  PackOperative,
  PackRule,
  PackVisit,
  PlacementOverride,
  PlanContent,
  PublishOverride,
} from './plan-model';
export { localAt, timeVisits } from './visits';
export { blockingChecks, prePublishChecks } from './checks';
export type { CheckReport, PublishCheck } from './checks';
export { diffVersions } from './diff';
export type { ChangeSet, FrozenEntry, ListedChange, VersionRef } from './diff';
export { DEFAULT_CHANGE_POLICY } from './change-policy';
export type { ChangePolicy } from './change-policy';
export { runsheetIcs } from './ics';
export { foldLine, escapeText } from './ics-text';
export { runsheetCsv } from './runsheet-csv';
export { runsheetHtml } from './runsheet-html';
export { readmeText } from './readme';
export { jsonFile, packFiles, RUNSHEETS_DIR } from './pack-files';
export type { PackFile } from './pack-files';
export { buildManifest, signManifest } from './sign';
export { unsafePath, verifyPack } from './verify';
export type { PackReader, PublicKeyInput, Sha256, VerifyResult } from './verify';
