// The browser host never dies from a request. fast-check writes raw request lines, paths,
// headers and bodies (valid token or not, contract names or not, JSON or not) to a real host in
// its own process on loopback; every request must get a 4xx or a valid answer — never a 5xx,
// never silence — and the host must still serve the app and the API afterwards.
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_NAMES } from '../../../../shared/api/contract';
import { generateSeed } from '../../../../shared/seed/generate';
import { writeSeed } from '../../../../electron/backend/seed/write-seed';
import { openWorkspace } from '../../../../electron/backend/workspace';
import { startHostProcess, type HostProcess } from '../host-process';
import { tempDir } from '../temp-workspace';
import { rawRequest } from './raw-http';

const FUZZ_RUNS = 2400;

let host: HostProcess;
let port = 0;
let token = '';

beforeAll(async () => {
  const dir = tempDir();
  const dbPath = path.join(dir, 'workspace.db');
  const ws = await openWorkspace(dbPath);
  writeSeed(ws.store, generateSeed({ operatives: 6, jobs: 60, days: 5, start: '2027-01-04', scheduled: 0.5, seed: 7 }), 'Seed');
  ws.close();
  host = await startHostProcess(dbPath, path.join(dir, 'renderer'), { env: { PLANWRIGHT_HOME: path.join(dir, 'home') } });
  ({ port, token } = host);
}, 60_000);

afterAll(() => host?.stop());

// ---- arbitraries ----
const hex = fc.integer({ min: 0, max: 255 }).map((n) => `%${n.toString(16).padStart(2, '0')}`);
const badEscape = fc.constantFrom('%', '%f', '%zz', '%E0%A4%A', '%ff', '%00', '%c0%af', '%2e%2e', '%5c');
const segment = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcxyz019-_.~!$&()*+,;=:@'.split('')), maxLength: 12 }),
  fc
    .array(fc.oneof(hex, badEscape, fc.constantFrom('..', '.', 'index.html', 'assets', 'app.js', '\u00e9', 'ü')), { maxLength: 4 })
    .map((a) => a.join('')),
);
const path_ = fc.array(segment, { maxLength: 5 }).map((s) => `/${s.join('/')}`);
const apiName = fc.oneof(
  fc.constantFrom(...CONTRACT_NAMES),
  segment.map((s) => `jobs/${s}`),
  path_.map((p) => p.slice(1)),
);
const target = fc.oneof(
  { weight: 4, arbitrary: path_ },
  { weight: 6, arbitrary: apiName.map((n) => `/api/${n}`) },
  { weight: 1, arbitrary: fc.tuple(path_, fc.string({ maxLength: 20 })).map(([p, q]) => `${p}?${encodeURI(q)}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('http://[', 'http://127.0.0.1/', '*', '//evil', 'index.html', '/index.html%00.js', '/%ff', '/%E0%A4%A', ''),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 30 }).map((s) => s.replace(/[\r\n ]/g, '')) },
);
const method = fc.oneof(
  { weight: 10, arbitrary: fc.constant('POST') },
  { weight: 5, arbitrary: fc.constant('GET') },
  { weight: 3, arbitrary: fc.constantFrom('HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH') },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'GETPOSXYZ!#'.split('')), minLength: 1, maxLength: 8 }) },
);
const headerText = fc.oneof(
  fc.string({ maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, '')),
  fc.array(fc.oneof(hex, badEscape, fc.constantFrom('a', 'Storm cover', ' ', '\u00e9')), { maxLength: 6 }).map((a) => a.join('')),
);
const jsonField = fc.oneof(
  fc.constantFrom('2027-01-04', '2027-02-30', '9999-99-99', 'J-1001', 'OP-001', 'base', '', 'x'.repeat(300), '08:00', '25:61'),
  fc.constantFrom(0, -1, 1, 5, 1e9, -1e9, 1e308, 0.5, 2 ** 53),
  fc.boolean(),
  fc.constant(null),
);
const plausible = fc.dictionary(
  fc.constantFrom(
    'from',
    'to',
    'ref',
    'refs',
    'operative_id',
    'date',
    'name',
    'a',
    'b',
    'value',
    'version',
    'id',
    'start',
    'index',
    'what',
    'categories',
    'seen',
    'status',
    'key',
    'label',
    'high',
  ),
  fc.oneof(
    jsonField,
    fc.array(jsonField, { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('operative_id', 'date', 'sequence', 'priority', 'unit', 'value'), jsonField),
  ),
  { maxKeys: 5 },
);
const body = fc.oneof(
  { weight: 4, arbitrary: plausible.map((o) => JSON.stringify(o)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.constant('') },
);

// Well-formed calls with edge values, so requests get past validation into the handlers.
const day = fc
  .date({ min: new Date('2025-06-01T00:00:00Z'), max: new Date('2029-06-30T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const ref = fc.constantFrom('J-1001', 'J-1002', 'J-9999', 'OP-001');
const opId = fc.constantFrom('OP-001', 'OP-002', 'OP-999');
const wellFormed: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(
    fc.constantFrom(
      'diary/list',
      'diary/get-board',
      'charts/get-utilisation',
      'roster/get-grid',
      'roster/get-capacity',
      'packs/check',
      'roster/export-csv',
    ),
    fc.record({ from: day, to: day }),
  ),
  fc.tuple(
    fc.constant('scenario/compare'),
    fc.record({ a: fc.constantFrom('base', 'nope'), b: fc.constantFrom('base', 'nope'), from: day, to: day }),
  ),
  fc.tuple(fc.constantFrom('jobs/get', 'jobs/get-history', 'schedule/explain-job', 'diary/unassign-job'), fc.record({ ref })),
  fc.tuple(fc.constant('diary/assign-job'), fc.record({ ref, operative_id: opId, date: day })),
  fc.tuple(fc.constant('diary/check-placement'), fc.record({ ref, to: fc.record({ operative_id: opId, date: day, index: fc.nat(3) }) })),
  fc.tuple(fc.constant('dependencies/get-map'), fc.record({ plan_start: day.map((d) => `${d}T08:00`), include_unlinked: fc.boolean() })),
  fc.tuple(
    fc.constant('sla/set-policy'),
    fc.record({
      categories: fc.array(
        fc.record({
          priority: fc.constantFrom('EMERGENCY', 'URGENT', 'ROUTINE', 'PLANNED', 'OTHER'),
          unit: fc.constantFrom('hours', 'working_days'),
          value: fc.constantFrom(1, 24, 260, 1e9, 0.5, 3000),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    }),
  ),
  fc.tuple(
    fc.constantFrom(
      'workspace/get-info',
      'history/get-status',
      'charts/get-sla-risk',
      'sla/get-policy',
      'operatives/list',
      'dependencies/list',
      'review/list-triggers',
      'roster/list-dropouts',
      'jobs/list',
      'scenario/list',
      'packs/list',
      'workspace/get-version',
    ),
    fc.constant({}),
  ),
);

interface Req {
  method: string;
  target: string;
  host: 'right' | 'localhost' | 'wrong' | 'none';
  token: 'right' | 'wrong' | 'none';
  scenario: string | null;
  actor: string | null;
  extra: [string, string][];
  body: string;
  origin: string | null;
}

const randomRequest: fc.Arbitrary<Req> = fc.record({
  method,
  target,
  host: fc.constantFrom(...(['right', 'right', 'right', 'right', 'right', 'right', 'localhost', 'wrong', 'none'] as const)),
  token: fc.constantFrom(...(['right', 'right', 'right', 'right', 'right', 'right', 'wrong', 'none'] as const)),
  scenario: fc.oneof(
    { weight: 14, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: fc.constantFrom('base', 'Storm%20cover', 'What-if') },
    { weight: 3, arbitrary: headerText },
  ),
  actor: fc.oneof(
    { weight: 10, arbitrary: fc.constant(null) },
    { weight: 6, arbitrary: fc.constantFrom('window:ab12', 'user:root', 'user:J%C3%A9r%C3%B4me') },
    { weight: 4, arbitrary: headerText },
  ),
  extra: fc.array(fc.tuple(fc.string({ unit: fc.constantFrom(...'abcdefx-'.split('')), minLength: 1, maxLength: 10 }), headerText), {
    maxLength: 2,
  }),
  body,
  origin: fc.oneof(
    { weight: 16, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom('http://evil.example', 'null', 'http://127.0.0.1:1') },
  ),
});

const request: fc.Arbitrary<Req> = fc.oneof(
  { weight: 3, arbitrary: randomRequest },
  {
    weight: 2,
    arbitrary: fc
      .tuple(randomRequest, wellFormed, fc.constantFrom(null, null, null, 'base', 'No such plan'))
      .map(([r, [name, input], scenario]) => ({
        ...r,
        method: 'POST',
        target: `/api/${name}`,
        body: JSON.stringify(input),
        host: 'right' as const,
        token: 'right' as const,
        origin: null,
        extra: [],
        scenario,
      })),
  },
);

function render(r: Req): Buffer {
  const lines = [`${r.method} ${r.target} HTTP/1.1`];
  if (r.host === 'right') lines.push(`Host: 127.0.0.1:${port}`);
  if (r.host === 'localhost') lines.push(`Host: localhost:${port}`);
  if (r.host === 'wrong') lines.push('Host: evil.example');
  if (r.origin) lines.push(`Origin: ${r.origin}`);
  if (r.token === 'right') lines.push(`X-Planwright-Token: ${token}`);
  if (r.token === 'wrong') lines.push(`X-Planwright-Token: ${'A'.repeat(token.length)}`);
  if (r.scenario !== null) lines.push(`X-Planwright-Scenario: ${r.scenario}`);
  if (r.actor !== null) lines.push(`X-Planwright-Actor: ${r.actor}`);
  for (const [k, v] of r.extra) lines.push(`X-${k}: ${v}`);
  const payload = Buffer.from(r.body, 'utf8');
  lines.push('Content-Type: application/json', `Content-Length: ${payload.length}`, 'Connection: close');
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8'), payload]);
}

describe(`browser host under ${FUZZ_RUNS} fuzzed raw requests`, () => {
  it('answers every request with a 4xx or a valid response, never a 5xx, and stays up', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const answer = await rawRequest(port, render(r));
        expect(host.exited(), 'the host process exited').toBeNull();
        expect(answer.status, `no HTTP answer to ${answer.head || '(nothing)'}`).not.toBeNull();
        const status = answer.status!;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        expect(status, `${status} for ${render(r).toString('latin1').slice(0, 300)}\n${answer.body.toString().slice(0, 300)}`).toBeLessThan(
          500,
        );
        if (status === 200 && r.target.startsWith('/api/')) expect(JSON.parse(answer.body.toString())).toMatchObject({ ok: true });
      }),
      { numRuns: FUZZ_RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31), endOnFailure: true },
    );
    console.log(`host fuzz: ${FUZZ_RUNS} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    // Still up: the app and an API call with the token both answer.
    const index = await rawRequest(port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    expect(index.status).toBe(200);
    const info = await rawRequest(
      port,
      `POST /api/workspace/get-info HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Planwright-Token: ${token}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
    );
    expect(info.status).toBe(200);
    expect(host.exited()).toBeNull();
  }, 600_000);
});
