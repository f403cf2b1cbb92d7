// SHA-256 over the contents of a set of source folders and files (relative paths and bytes, in a
// fixed order): what a build was made from. Plain JavaScript so `npm start`'s launcher can use it
// before any TypeScript is loaded; renderer-cache.ts uses it too.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** @param {string} root @param {readonly string[]} inputs @returns {string} */
export function sourceHash(root, inputs) {
  const files = [];
  for (const input of inputs) {
    const full = path.join(root, input);
    if (!fs.existsSync(full)) continue;
    if (fs.statSync(full).isFile()) files.push(input);
    else
      for (const e of fs.readdirSync(full, { withFileTypes: true, recursive: true })) {
        if (e.isFile()) files.push(path.relative(root, path.join(e.parentPath, e.name)));
      }
  }
  const h = createHash('sha256');
  for (const f of files.map((x) => x.split(path.sep).join('/')).sort()) {
    h.update(f);
    h.update('\0');
    h.update(fs.readFileSync(path.join(root, f)));
    h.update('\0');
  }
  return h.digest('hex');
}

/** The stamp's hash, or null when there is none. @param {string} stamp @returns {string | null} */
export function readStamp(stamp) {
  return fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : null;
}

/** @param {string} stamp @param {string} hash */
export function writeStamp(stamp, hash) {
  fs.mkdirSync(path.dirname(stamp), { recursive: true });
  fs.writeFileSync(stamp, `${hash}\n`);
}
