import { describe, expect, it } from 'vitest';
import { CONTRACT_NAMES } from '../../../shared/api/contract';
import { call, goodFiles, tempWorkspace } from './temp-workspace';

describe('API dispatcher (shared by IPC and the browser host)', () => {
  it('names follow area/verb-noun', () => {
    for (const n of CONTRACT_NAMES) expect(n).toMatch(/^[a-z]+\/[a-z]+(-[a-z]+)*$/);
  });

  it('rejects wrong types with a VALIDATION error naming the field, and changes nothing', async () => {
    const ws = await tempWorkspace();
    await call(ws, 'import/run-csv', goodFiles());
    const r = await ws.dispatch('diary/assign-job', { ref: 'J-1002', operative_id: 'OP-002', date: 20270105 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.message).toMatch(/date/);
    expect(r.error.issues?.[0]?.path).toBe('date');
    expect(await call(ws, 'diary/list', { from: '2027-01-01', to: '2027-12-31' })).toEqual([]);
    ws.close();
  });

  it('rejects unknown fields, unknown names and impossible dates', async () => {
    const ws = await tempWorkspace();
    const extra = await ws.dispatch('jobs/list', { status: ['open'], hack: 1 });
    expect(extra).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await ws.dispatch('jobs/delete-everything', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_API' } });
    const bad = await ws.dispatch('diary/list', { from: '2027-02-30', to: '2027-03-01' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'from' }] } });
    ws.close();
  });

  it('maps domain errors to specific codes', async () => {
    const ws = await tempWorkspace();
    expect(await ws.dispatch('jobs/get', { ref: 'J-404' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No job with ref J-404' },
    });
    ws.close();
  });
});
