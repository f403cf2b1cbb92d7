import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePublicKey, publicKeyOf, signPrehashed } from '../../../../shared/pack';
import { verifyPackAt } from '../../../../electron/backend/packs/verify-pack';
import { copyDir, listFiles, seededWorkspace } from './pack-helpers';

let ws: Awaited<ReturnType<typeof seededWorkspace>>;
let pack: string;
let zip: string;
let files: string[];

beforeAll(async () => {
  ws = await seededWorkspace();
  const r = ws.publish({ zip: true });
  pack = r.path;
  zip = r.zip_path!;
  files = listFiles(pack);
});
afterAll(() => ws.close());

const key = () => ({ file: ws.pubkeyFile });
/** A fresh copy of the pack to damage. */
let copies = 0;
const copy = () => copyDir(pack, path.join(ws.dir, `copy-${++copies}`));
const edit = (dir: string, file: string, fn: (b: Buffer) => Buffer) =>
  fs.writeFileSync(path.join(dir, file), fn(fs.readFileSync(path.join(dir, file))));

describe('verifying a plan pack', () => {
  it('accepts the fresh pack, as a folder and as a zip', () => {
    for (const p of [pack, zip]) {
      const r = verifyPackAt(p, key());
      expect(r.ok, r.ok ? '' : r.message).toBe(true);
    }
  });

  it('rejects every single-byte change in any file, naming that file (property)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), (fileIndex, offset, xor) => {
        const file = files[fileIndex % files.length]!;
        const full = path.join(pack, file);
        const original = fs.readFileSync(full);
        const damaged = Buffer.from(original);
        const at = offset % damaged.length;
        damaged[at] = damaged[at]! ^ xor;
        fs.writeFileSync(full, damaged);
        try {
          const r = verifyPackAt(pack, key());
          expect(r.ok).toBe(false);
          if (!r.ok) {
            expect(r.file).toBe(file);
            expect(r.message.startsWith(`${file}: `)).toBe(true);
          }
        } finally {
          fs.writeFileSync(full, original);
        }
      }),
      { numRuns: 300 },
    );
    expect(verifyPackAt(pack, key()).ok).toBe(true); // restored
  });

  it('names the tampered run sheet exactly', () => {
    const dir = copy();
    const ics = files.find((f) => f.endsWith('.ics'))!;
    edit(dir, ics, (b) => Buffer.from(b.toString('utf8').replace('SEQUENCE:1', 'SEQUENCE:9')));
    expect(verifyPackAt(dir, key())).toMatchObject({ ok: false, message: `${ics}: sha256 differs from manifest` });
  });

  it('rejects a missing file, an extra file and a truncated file', () => {
    const csv = files.find((f) => f.endsWith('.csv'))!;
    const missing = copy();
    fs.rmSync(path.join(missing, csv));
    expect(verifyPackAt(missing, key())).toMatchObject({ ok: false, message: `${csv}: missing (listed in manifest.json)` });
    const extra = copy();
    fs.writeFileSync(path.join(extra, 'runsheets', 'notes.txt'), 'hello');
    expect(verifyPackAt(extra, key())).toMatchObject({
      ok: false,
      message: 'runsheets/notes.txt: not listed in manifest.json (extra file)',
    });
    const short = copy();
    edit(short, 'plan.json', (b) => b.subarray(0, 100));
    expect(verifyPackAt(short, key())).toMatchObject({
      ok: false,
      file: 'plan.json',
      message: expect.stringMatching(/^plan\.json: size differs from manifest \(100 bytes, manifest says \d+\)$/),
    });
  });

  it('rejects an edited manifest (even re-hashed to match an edited file)', () => {
    const dir = copy();
    edit(dir, 'README.txt', (b) => Buffer.concat([b, Buffer.from('extra line\n')]));
    const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
      files: { path: string; bytes: number; sha256: string }[];
    };
    const readme = fs.readFileSync(path.join(dir, 'README.txt'));
    const entry = m.files.find((f) => f.path === 'README.txt')!;
    entry.bytes = readme.length;
    entry.sha256 = crypto.createHash('sha256').update(readme).digest('hex');
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m));
    expect(verifyPackAt(dir, key())).toMatchObject({
      ok: false,
      message: 'manifest.json: signature does not match: manifest.json was changed after signing',
    });
  });

  it('rejects a truncated signature, a missing one, and a foreign one', () => {
    const truncated = copy();
    edit(truncated, 'manifest.json.minisig', (b) => b.subarray(0, Math.floor(b.length / 2)));
    expect(verifyPackAt(truncated, key())).toMatchObject({ ok: false, file: 'manifest.json.minisig' });
    expect((verifyPackAt(truncated, key()) as { message: string }).message).toMatch(/malformed signature: .*(truncated|line)/);

    const missing = copy();
    fs.rmSync(path.join(missing, 'manifest.json.minisig'));
    expect(verifyPackAt(missing, key())).toMatchObject({ ok: false, message: 'manifest.json.minisig: missing' });

    // Signed by someone else's key: minisign's own check (key id) catches it first.
    const foreign = copy();
    const other = { keyId: new Uint8Array([9, 9, 9, 9, 9, 9, 9, 9]), secretKey: new Uint8Array(32).fill(7) };
    const manifest = fs.readFileSync(path.join(foreign, 'manifest.json'));
    const trusted = fs.readFileSync(path.join(foreign, 'manifest.json.minisig'), 'utf8').split('\n')[2]!.slice('trusted comment: '.length);
    fs.writeFileSync(
      path.join(foreign, 'manifest.json.minisig'),
      signPrehashed(new Uint8Array(manifest), { ...other, publicKey: publicKeyOf(other.secretKey) }, trusted, 'x'),
    );
    expect(verifyPackAt(foreign, key())).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^manifest\.json\.minisig: signed by key 909090909090909, but the public key is [0-9A-F]+ \(wrong public key\?\)$/,
      ),
    });
  });

  it('rejects the wrong public key, and a file that is not a public key', () => {
    const wrong = path.join(ws.dir, 'wrong.pub');
    const sk = new Uint8Array(32).fill(5);
    fs.writeFileSync(wrong, encodePublicKey({ keyId: new Uint8Array([1, 0, 0, 0, 0, 0, 0, 0]), publicKey: publicKeyOf(sk) }));
    expect(verifyPackAt(pack, { file: wrong })).toMatchObject({
      ok: false,
      file: 'manifest.json.minisig',
      message: expect.stringContaining('but the public key is 1 (wrong public key?)'),
    });
    const junk = path.join(ws.dir, 'junk.pub');
    fs.writeFileSync(junk, 'hello\n');
    expect(verifyPackAt(pack, { file: junk })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^junk\.pub: not a minisign public key/),
    });
    expect(verifyPackAt(pack, { file: path.join(ws.dir, 'nope.pub') })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/nope\.pub: not found$/),
    });
  });

  it('rejects a damaged zip, and a zip with a changed entry, without crashing', () => {
    const bytes = fs.readFileSync(zip);
    const broken = path.join(ws.dir, 'broken.zip');
    fs.writeFileSync(broken, bytes.subarray(0, bytes.length - 30));
    expect(verifyPackAt(broken, key())).toMatchObject({ ok: false, message: expect.stringMatching(/^broken\.zip: not a readable zip/) });
    const notZip = path.join(ws.dir, 'plain.txt');
    fs.writeFileSync(notZip, 'hello');
    expect(verifyPackAt(notZip, key())).toMatchObject({ ok: false, message: 'plain.txt: not a pack folder or a .zip of one' });
    // Any byte of the zip, headers included: inflating fails, a hash differs, or the container
    // is no longer the canonical one Planwright wrote.
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 255 }), (offset, xor) => {
        const flipped = Buffer.from(bytes);
        flipped[offset % flipped.length] = flipped[offset % flipped.length]! ^ xor;
        fs.writeFileSync(broken, flipped);
        const r = verifyPackAt(broken, key());
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.message).toMatch(/^\S+: /);
      }),
      { numRuns: 150 },
    );
  });
});
