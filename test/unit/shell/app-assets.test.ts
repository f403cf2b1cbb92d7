// planwright://app/ must serve files under dist/renderer and nothing else.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppAsset } from '../../../electron/shell/app-assets';

const root = path.resolve('/srv/planwright/dist/renderer');

describe('resolveAppAsset', () => {
  it('maps the origin and directories to index.html', () => {
    expect(resolveAppAsset(root, 'planwright://app/')).toEqual({ ok: true, filePath: path.join(root, 'index.html') });
    expect(resolveAppAsset(root, 'planwright://app')).toEqual({ ok: true, filePath: path.join(root, 'index.html') });
    expect(resolveAppAsset(root, 'planwright://app/assets/')).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', 'index.html'),
    });
  });

  it('maps asset URLs under the root, ignoring query and hash', () => {
    expect(resolveAppAsset(root, 'planwright://app/assets/index-abc.js?v=1#x')).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', 'index-abc.js'),
    });
    expect(resolveAppAsset(root, 'planwright://app/fonts/My%20Font.woff2')).toEqual({
      ok: true,
      filePath: path.join(root, 'fonts', 'My Font.woff2'),
    });
  });

  it('refuses encoded traversal that survives URL normalisation', () => {
    for (const url of [
      'planwright://app/assets/%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      'planwright://app/..%2f..%2fsecret',
      'planwright://app/assets/.%2F..%2Fx',
    ]) {
      expect(resolveAppAsset(root, url)).toEqual({ ok: false, status: 403 });
    }
  });

  it('keeps dot-segments the URL parser already collapsed inside the root', () => {
    for (const url of [
      'planwright://app/../../etc/passwd',
      'planwright://app/%2e%2e/%2e%2e/etc/passwd',
      'planwright://app//etc/passwd',
      'planwright://app/a/../../../x',
    ]) {
      const r = resolveAppAsset(root, url);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.filePath.startsWith(root + path.sep)).toBe(true);
    }
  });

  it('refuses backslashes, NUL bytes and malformed escapes', () => {
    expect(resolveAppAsset(root, 'planwright://app/..%5c..%5cwin.ini')).toEqual({ ok: false, status: 400 });
    expect(resolveAppAsset(root, 'planwright://app/index.html%00.png')).toEqual({ ok: false, status: 400 });
    expect(resolveAppAsset(root, 'planwright://app/%E0%A4%A')).toEqual({ ok: false, status: 400 });
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppAsset(root, 'planwright://evil/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppAsset(root, 'planwright://app.evil/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppAsset(root, 'planwright://app:8080/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppAsset(root, 'https://app/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppAsset(root, 'not a url')).toEqual({ ok: false, status: 400 });
  });
});

describe('contentTypeFor', () => {
  it('knows the types Vite emits and falls back to octet-stream', () => {
    expect(contentTypeFor('/x/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('/x/a.JS')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('/x/a.css')).toMatch(/^text\/css/);
    expect(contentTypeFor('/x/a.bin')).toBe('application/octet-stream');
  });
});
