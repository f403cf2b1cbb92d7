// The pack as one .zip with deterministic bytes: entries sorted by path under one top folder,
// a fixed timestamp, fixed permissions and a fixed compression level, so the same pack always
// zips to the same bytes (and the zip's own SHA-256 can be quoted).
import { unzipSync, zipSync, type Zippable } from 'fflate';

// fflate writes DOS times from the Date's local fields; building the Date from local fields
// makes the bytes the same in every time zone. Noon keeps clear of any DST gap.
const FIXED_MTIME = new Date(2000, 0, 1, 12, 0, 0);
const LEVEL = 6;
const UNIX = 3;
const MODE_644 = 0o100644 << 16;

export function zipPack(topFolder: string, files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const p of [...files.keys()].sort()) {
    entries[`${topFolder}/${p}`] = [files.get(p)!, { level: LEVEL, mtime: FIXED_MTIME, os: UNIX, attrs: MODE_644 }];
  }
  return zipSync(entries);
}

// fflate allocates each entry's output from its declared size: refuse sizes deflate cannot
// reach (at most ~1032:1) so a damaged or hostile header cannot ask for gigabytes.
const MAX_RATIO = 1032;
const MAX_ENTRY_BYTES = 1 << 30;
function checkSizes(f: { name: string; size: number; originalSize: number }): boolean {
  if (f.originalSize > MAX_ENTRY_BYTES || f.originalSize > f.size * MAX_RATIO + 1024) {
    throw new Error(`entry ${f.name} claims ${f.originalSize} bytes from ${f.size} compressed`);
  }
  return true;
}

export interface UnzippedPack {
  /** The single top folder the entries sit in ('' when there is none). */
  top: string;
  files: Map<string, Uint8Array>;
}

/**
 * The files of a zipped pack, keyed by path inside the pack. A single top folder (as zipPack
 * writes) is stripped; directory entries are skipped. Throws when the bytes are not a zip.
 */
export function unzipPack(bytes: Uint8Array): UnzippedPack {
  const raw = unzipSync(bytes, { filter: checkSizes });
  const names = Object.keys(raw).filter((n) => !n.endsWith('/'));
  const tops = new Set(names.map((n) => (n.includes('/') ? n.slice(0, n.indexOf('/')) : '')));
  const top = tops.size === 1 && !tops.has('') ? [...tops][0]! : '';
  const strip = top ? top.length + 1 : 0;
  return { top, files: new Map(names.map((n) => [n.slice(strip), raw[n]!])) };
}

/**
 * True when `bytes` are exactly what zipPack writes for these files. The signature covers the
 * files, not the zip's own headers (times, attributes, CRCs); rebuilding the deterministic zip
 * and comparing makes a change to any byte of the container fail too.
 */
export function isCanonicalZip(bytes: Uint8Array, unzipped: UnzippedPack): boolean {
  if (!unzipped.top) return false;
  return Buffer.from(zipPack(unzipped.top, unzipped.files)).equals(Buffer.from(bytes));
}
