// The signed ("trusted") comment in manifest.json.minisig. `minisign -V` prints it after a good
// check, so operations see which pack, which version and which predecessor they hold without
// opening the manifest. Our verifier also checks it agrees with the manifest.
import type { Manifest } from './manifest';

export interface TrustedFacts {
  packId: string;
  version: number;
  prevSha256: string | null;
  from: string;
  to: string;
}

/** `planwright-pack pack:<id> version:<n> range:<from>..<to> prev:<sha256 | none>` */
export function formatTrustedComment(f: TrustedFacts): string {
  return `planwright-pack pack:${f.packId} version:${f.version} range:${f.from}..${f.to} prev:${f.prevSha256 ?? 'none'}`;
}

export function factsOf(m: Manifest): TrustedFacts {
  return { packId: m.pack_id, version: m.version, prevSha256: m.prev_manifest_sha256, from: m.range.from, to: m.range.to };
}

/** True when the comment says exactly what the manifest says. */
export function commentMatches(comment: string, m: Manifest): boolean {
  return comment === formatTrustedComment(factsOf(m));
}

/** The untrusted comment: free text for people, rebuilt from the key id so any edit shows. */
export function untrustedCommentFor(keyIdText: string): string {
  return `planwright plan pack signature from key ${keyIdText}`;
}
