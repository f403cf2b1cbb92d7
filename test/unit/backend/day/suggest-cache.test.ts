// What the suggestions' caches must not hide (issue 13: the planning world, its lazily computed
// SLA deadlines and the shared index are kept between calls, keyed by the store's version): a
// write by another process, an edit of an operative and a new SLA policy each change the very
// next answer, which is then the answer a freshly opened workspace gives.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeSeed } from '../../../../electron/backend/seed/write-seed';
import { suggestionsWarm, warmUpSuggestions } from '../../../../electron/backend/suggest/warm-up';
import { generateSeed } from '../../../../shared/seed/generate';
import { call } from '../temp-workspace';
import { openAt, type Ws } from './helpers';

const TSX = path.resolve('node_modules/.bin/tsx');
const CLI = path.resolve('electron/cli/main.ts');

async function seeded(): Promise<Ws> {
  const ws = await openAt();
  writeSeed(ws.store, generateSeed({ operatives: 20, jobs: 300, days: 5, start: '2027-01-04', scheduled: 0.7, seed: 3 }), 'seed');
  return ws;
}

/** A tray job and the operative first suggested for it, with the warm-up run (caches full). */
async function warm(ws: Ws) {
  const placed = new Set(ws.store.read.diary().map((e) => e.job_ref));
  const ref = ws.store.read.jobs().filter((j) => j.status === 'open' && !placed.has(j.ref))[2]!.ref;
  await warmUpSuggestions(ws.store);
  expect(suggestionsWarm(ws.store)).toBe(true);
  const before = await call(ws, 'diary/suggest-operatives', { ref });
  expect(before.suggested.length).toBeGreaterThan(0);
  return { ref, before, best: before.suggested[0]!.operative_id };
}

/** What a workspace opened afresh on the same file answers (nothing cached). */
async function fresh(ws: Ws, ref: string) {
  const other = await openAt(undefined, ws.dbPath);
  try {
    return await call(other, 'diary/suggest-operatives', { ref });
  } finally {
    other.close();
  }
}

describe('suggestions after a change (caches keyed by the store version)', () => {
  it('a write by another process (the CLI) is seen by the next suggestion', async () => {
    const ws = await seeded();
    const { ref, best } = await warm(ws);
    const job = ws.store.read.job(ref)!;
    // Another process takes the trade away from the best operative.
    const other = ws.store.read.operative(best)!.trades.filter((t) => t.trade !== job.trade);
    const trades = other.length ? other.map((t) => `${t.trade}:${t.proficiency}`).join(';') : job.trade === 'GAS' ? 'PLUMB:3' : 'GAS:3';
    execFileSync(TSX, [CLI, 'operative', 'edit', '--db', ws.dbPath, '--id', best, '--trades', trades], { stdio: 'pipe' });

    const after = await call(ws, 'diary/suggest-operatives', { ref });
    expect(after.suggested.map((s) => s.operative_id)).not.toContain(best);
    expect(after.cannot.find((c) => c.operative_id === best)?.rules[0]?.rule).toBe('trade-proficiency');
    expect(after).toEqual(await fresh(ws, ref));
    ws.close();
  }, 60_000);

  it('an edit of an operative in this workspace changes the next suggestions (their start moves, so does their travel)', async () => {
    const ws = await seeded();
    const { ref, before, best } = await warm(ws);
    const op = ws.store.read.operative(best)!;
    const travel = before.suggested[0]!.travel_min;
    // Their start location moves ~3 km: their first visit's travel changes.
    const r = await ws.dispatch('operatives/update-operative', {
      id: best,
      fields: { start_lat: String(op.start_lat + 0.02), start_lon: String(op.start_lon + 0.03) },
    });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const after = await call(ws, 'diary/suggest-operatives', { ref });
    const mine = after.suggested.find((s) => s.operative_id === best);
    expect(mine?.travel_min ?? Infinity).not.toBe(travel);
    expect(after).toEqual(await fresh(ws, ref));
    ws.close();
  });

  it('a new SLA policy moves the deadline the next suggestion is judged by (deadlines are computed lazily)', async () => {
    const ws = await seeded();
    const { ref, before } = await warm(ws);
    const policy = await call(ws, 'sla/get-policy');
    const job = ws.store.read.job(ref)!;
    const categories = policy.categories.map((c) => (c.priority === job.priority ? { ...c, value: c.value - 1 } : c));
    await call(ws, 'sla/set-policy', { categories });
    const after = await call(ws, 'diary/suggest-operatives', { ref });
    expect(after.sla_deadline).not.toBe(before.sla_deadline);
    expect(after).toEqual(await fresh(ws, ref));
    ws.close();
  });

  it('the first suggestion on a workspace just opened (no warm-up) reads the same as a warm one', async () => {
    const ws = await seeded();
    const placed = new Set(ws.store.read.diary().map((e) => e.job_ref));
    const refs = ws.store.read
      .jobs()
      .filter((j) => j.status === 'open' && !placed.has(j.ref))
      .slice(0, 6)
      .map((j) => j.ref);
    const cold = [];
    for (const ref of refs) cold.push(await fresh(ws, ref));
    await warmUpSuggestions(ws.store);
    await vi.waitFor(() => expect(suggestionsWarm(ws.store)).toBe(true));
    for (const [i, ref] of refs.entries()) expect(await call(ws, 'diary/suggest-operatives', { ref })).toEqual(cold[i]);
    ws.close();
  });
});
