// manifest.json: what a plan pack holds, in canonical JSON (RFC 8785) so its bytes, its SHA-256
// and therefore its signature are reproducible. It names the previous version's manifest hash:
// the versions form a hash chain.
import { z } from 'zod';
import { canonicalJson } from './canonical-json';
import { utf8 } from './bytes';

export const PACK_FORMAT = 'planwright-plan-pack';
export const PACK_SCHEMA_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.json.minisig';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected a lower-case SHA-256 hex digest');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const manifestFileSchema = z
  .object({
    path: z.string().min(1),
    bytes: z.number().int().min(0),
    sha256: sha256Hex,
  })
  .strict();

export const manifestSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    schema_version: z.literal(PACK_SCHEMA_VERSION),
    pack_id: z.string().min(1),
    version: z.number().int().min(1),
    range: z.object({ from: isoDate, to: isoDate }).strict(),
    scenario: z.string().nullable(),
    created_at: z.string(),
    app_version: z.string(),
    key_id: z.string().regex(/^[0-9A-F]{1,16}$/),
    prev_version: z.number().int().min(1).nullable(),
    prev_manifest_sha256: sha256Hex.nullable(),
    files: z.array(manifestFileSchema),
  })
  .strict();

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestFile = z.infer<typeof manifestFileSchema>;

/** The manifest's exact bytes: canonical JSON, files sorted by path, no trailing newline. */
export function manifestBytes(manifest: Manifest): Uint8Array {
  const files = [...manifest.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return utf8(canonicalJson({ ...manifest, files }));
}

/** Parses signed manifest bytes; throws with the first problem in plain words. */
export function parseManifest(text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON (${(e as Error).message})`, { cause: e });
  }
  const r = manifestSchema.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`${i.path.join('.') || 'manifest'}: ${i.message}`);
  }
  return r.data;
}
