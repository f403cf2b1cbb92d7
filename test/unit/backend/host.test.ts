import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { goodFiles, tempDir, tempWorkspace } from './temp-workspace';
import { rawRequest } from './host-fuzz/raw-http';

// Raw HTTP so the test controls Host and Origin headers exactly as an attacker's page would.
function request(port: number, opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('browser host on 127.0.0.1', () => {
  let host: RunningHost;
  let ws: Awaited<ReturnType<typeof tempWorkspace>>;
  const api = (name: string, body: unknown, headers: Record<string, string> = {}) =>
    request(host.port, {
      path: `/api/${name}`,
      method: 'POST',
      headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', 'x-planwright-token': host.token, ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    ws = await tempWorkspace();
    const rendererDir = tempDir();
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Planwright</title>');
    host = await startHost({ dispatch: ws.dispatch, rendererDir });
  });
  afterAll(async () => {
    await host.close();
    ws.close();
  });

  it('prints a loopback URL carrying a random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{32}$/);
  });

  it('serves the app with a strict CSP, and nothing outside the renderer folder', async () => {
    const index = await request(host.port, { path: '/', headers: { host: `127.0.0.1:${host.port}` } });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    const escape = await request(host.port, { path: '/..%2f..%2fetc/passwd', headers: { host: `127.0.0.1:${host.port}` } });
    expect([403, 404]).toContain(escape.status);
  });

  it('answers a valid call with the token', async () => {
    const r = await api('import/run-csv', goodFiles());
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, result: { ok: true, counts: { jobs: 20 } } });
  });

  it('requires the per-launch token', async () => {
    const missing = await api('jobs/list', {}, { 'x-planwright-token': '' });
    expect(missing.status).toBe(401);
    const wrong = await api('jobs/list', {}, { 'x-planwright-token': 'x'.repeat(32) });
    expect(wrong.status).toBe(401);
  });

  it('rejects a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const rebinding = await api('jobs/list', {}, { host: `evil.example:${host.port}` });
    expect(rebinding.status).toBe(403);
    expect(JSON.parse(rebinding.body).error.message).toMatch(/Host "evil.example/);
    const crossOrigin = await api('jobs/list', {}, { origin: 'http://evil.example' });
    expect(crossOrigin.status).toBe(403);
    const sameOrigin = await api('jobs/list', {}, { origin: `http://127.0.0.1:${host.port}` });
    expect(sameOrigin.status).toBe(200);
  });

  it('rejects wrong types over HTTP with the field named, changing nothing', async () => {
    const before = JSON.parse((await api('diary/list', { from: '2027-01-01', to: '2027-12-31' })).body);
    const r = await api('diary/assign-job', { ref: 'J-1002', operative_id: 7, date: '2027-01-05' });
    expect(r.status).toBe(400);
    const body = JSON.parse(r.body);
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.issues[0].path).toBe('operative_id');
    const after = JSON.parse((await api('diary/list', { from: '2027-01-01', to: '2027-12-31' })).body);
    expect(after).toEqual(before);
  });

  it('rejects malformed JSON, GET on the API and unknown names', async () => {
    const bad = await request(host.port, {
      path: '/api/jobs/list',
      method: 'POST',
      headers: { host: `127.0.0.1:${host.port}`, 'x-planwright-token': host.token },
      body: '{nope',
    });
    expect(bad.status).toBe(400);
    const get = await request(host.port, {
      path: '/api/jobs/list',
      headers: { host: `127.0.0.1:${host.port}`, 'x-planwright-token': host.token },
    });
    expect(get.status).toBe(405);
    expect((await api('jobs/drop-table', {})).status).toBe(404);
  });

  // Each of these ended the host process before (URIError / Invalid URL out of the handler).
  it('answers malformed paths, request lines and scope headers with 400, and keeps serving', async () => {
    const get = (target: string, extra = '') =>
      rawRequest(host.port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n${extra}Connection: close\r\n\r\n`);
    for (const target of ['/%ff', '/%E0%A4%A', '/index.html%00.js', 'http://[', '/..%5c..%5cetc/passwd']) {
      const r = await get(target);
      expect(r.status, target).toBeGreaterThanOrEqual(400);
      expect(r.status, target).toBeLessThan(500);
    }
    expect((await get('/%ff')).status).toBe(400);
    expect((await get('http://[')).status).toBe(400);
    const badScope = await rawRequest(
      host.port,
      `POST /api/jobs/list HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-Planwright-Token: ${host.token}\r\nX-Planwright-Scenario: %E0%A4%A\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
    );
    expect(badScope.status).toBe(400);
    expect(JSON.parse(badScope.body.toString())).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // Still up.
    expect((await get('/')).status).toBe(200);
    expect((await api('jobs/list', {})).status).toBe(200);
  });

  it('carries the actor header: undo takes that actor’s own step', async () => {
    const as = (actor: string) => ({ 'x-planwright-actor': encodeURIComponent(actor) });
    await api('diary/assign-job', { ref: 'J-1002', operative_id: 'OP-001', date: '2027-01-05' }, as('window:one'));
    await api(
      'diary/assign-job',
      { ref: 'J-1005', operative_id: 'OP-004', date: '2027-01-07', override_reason: 'host test' },
      as('window:two'),
    );
    const status = JSON.parse((await api('history/undo', {}, as('window:one'))).body);
    expect(status).toMatchObject({ ok: true });
    const placed = (
      JSON.parse((await api('diary/list', { from: '2027-01-01', to: '2027-01-31' })).body).result as { job_ref: string }[]
    ).map((e) => e.job_ref);
    expect(placed).not.toContain('J-1002');
    expect(placed).toContain('J-1005');
  });
});
