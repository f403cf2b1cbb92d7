// One planning world: for random sequences of moves, the verdict the board reaches client-side
// (the world the renderer builds from `diary/get-board`) equals the backend's (`diary/check-placement`),
// on a workspace with links, absences, flags, roster overrides and a placed job that is done.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHHMM } from '../../../shared/calendar/dates';
import { openWorkspace, type Workspace } from '../../../electron/backend/workspace';
import { buildBoardModel } from '../../../renderer/src/views/diary/boardModel';
import { call, goodFiles, tempDir, tempWorkspace } from './temp-workspace';

const FROM = '2027-01-04';
const TO = '2027-01-10';
const DATES = ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08', '2027-01-09', '2027-01-10'];
const OPERATIVES = ['OP-001', 'OP-002', 'OP-003', 'OP-004', 'OP-005', 'OP-006'];
const REFS = Array.from({ length: 20 }, (_, i) => `J-${1001 + i}`);

let template: string;

beforeAll(async () => {
  const ws = await tempWorkspace();
  await call(ws, 'import/run-csv', goodFiles());
  const place = (ref: string, operative_id: string, date: string) =>
    call(ws, 'diary/assign-job', { ref, operative_id, date, override_reason: 'parity fixture' });
  await place('J-1003', 'OP-001', '2027-01-05');
  await place('J-1010', 'OP-003', '2027-01-05');
  await place('J-1013', 'OP-006', '2027-01-06');
  await place('J-1020', 'OP-006', '2027-01-07');
  await call(ws, 'roster/set-day', {
    operative_id: 'OP-001',
    date: '2027-01-06',
    day: { work: { start: '10:00', end: '14:00', overnight: false }, on_call: false },
  });
  await call(ws, 'roster/set-day', { operative_id: 'OP-006', date: '2027-01-08', day: null });
  await call(ws, 'roster/set-day', {
    operative_id: 'OP-002',
    date: '2027-01-09',
    day: { work: { start: '08:00', end: '12:00', overnight: false }, on_call: false },
  });
  // Placed but no longer open: it still takes time in its day and still constrains its successor.
  ws.store.history.mutate('finish J-1003', (rec) => rec.put('jobs', { ref: 'J-1003', status: 'done' }));
  // Not placed and not open: the board need not carry it.
  ws.store.history.mutate('cancel J-1005', (rec) => rec.put('jobs', { ref: 'J-1005', status: 'cancelled' }));
  ws.close();
  template = ws.dbPath;
});

const opened: Workspace[] = [];
afterAll(() => opened.forEach((w) => w.close()));

async function fresh(): Promise<Workspace> {
  const file = path.join(tempDir(), 'w.db');
  fs.copyFileSync(template, file);
  const ws = await openWorkspace(file, { checkOutput: true, backup: false });
  opened.push(ws);
  return ws;
}

const move = fc.record({
  ref: fc.constantFrom(...REFS),
  operative_id: fc.constantFrom(...OPERATIVES),
  date: fc.constantFrom(...DATES),
  index: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  tray: fc.boolean(),
});

describe('board and backend judge from one planning world', () => {
  it('for random moves, the board verdict equals the backend verdict', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(move, { minLength: 1, maxLength: 6 }), async (moves) => {
        const ws = await fresh();
        for (const m of moves) {
          const model = buildBoardModel(await call(ws, 'diary/get-board', { from: FROM, to: TO }));
          const job = model.jobs.get(m.ref);
          const backend = await ws.dispatch('diary/check-placement', {
            ref: m.ref,
            to: { operative_id: m.operative_id, date: m.date, ...(m.index === undefined ? {} : { index: m.index }) },
          });
          if (!job) {
            // Only jobs neither open nor placed are left off the board; nothing may be placed there.
            expect(['done', 'cancelled', 'archived']).toContain(ws.store.read.job(m.ref)?.status);
            continue;
          }
          const r = model.index.evaluate(
            job,
            model.operativeById.get(m.operative_id)!,
            m.date,
            m.index === undefined ? {} : { index: m.index },
          );
          const board = {
            status: r.status,
            violations: r.violations,
            start: formatHHMM(r.visit.start_min % 1440),
            end: formatHHMM(r.visit.end_min % 1440),
          };
          expect(backend).toEqual({ ok: true, result: board });
          // Then make the move (forced through, or back to the tray) so the next one meets a new diary.
          if (m.tray && ws.store.read.diaryEntry(m.ref)) await ws.dispatch('diary/unassign-job', { ref: m.ref });
          else
            await ws.dispatch('diary/assign-job', {
              ref: m.ref,
              operative_id: m.operative_id,
              date: m.date,
              override_reason: 'property test',
            });
        }
      }),
      { numRuns: 25 },
    );
  });

  it('carries every link, the placed job that is done, and no other closed job', async () => {
    const ws = await fresh();
    const board = await call(ws, 'diary/get-board', { from: FROM, to: TO });
    expect(board.dependencies).toEqual(ws.store.read.dependencies());
    expect(board.dependencies.length).toBeGreaterThan(0);
    const refs = board.jobs.map((j) => j.ref);
    expect(refs).toContain('J-1003');
    expect(refs).not.toContain('J-1005');
    expect(board.absences.length + board.flags.length).toBeGreaterThan(0);
    // J-1004 waits for the done-but-placed J-1003: the board says so, as the backend does.
    const model = buildBoardModel(board);
    const r = model.index.evaluate(model.jobs.get('J-1004')!, model.operativeById.get('OP-001')!, '2027-01-05', { index: 0 });
    expect(r.violations.map((v) => v.ruleId)).toContain('dependencies');
  });
});
