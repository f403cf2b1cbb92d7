// A real board for the diary's pure modules: a small rule-set workspace (one operative per rule
// outcome, as the UI tests use) on a temp SQLite file, read back through `diary/get-board` and
// turned into the renderer's BoardModel exactly as the app does. No hand-made board data.
import type { Workspace } from '../../../../../electron/backend/workspace';
import { buildBoardModel, type BoardData, type BoardModel } from '../../../../../renderer/src/views/diary/boardModel';
import type { DropTarget } from '../../../../../renderer/src/views/diary/drag/dragStore';
import { ruleSetFiles } from '../../../../fixtures/rule-set';
import { tempWorkspace } from '../../../backend/temp-workspace';

export const MONDAY = '2027-01-04';
export const DAY = '2027-01-05'; // Tue 5 Jan 2027
export const WEDNESDAY = '2027-01-06';
export const SATURDAY = '2027-01-09';
export const SUNDAY = '2027-01-10';

// Olivia also does PLUMB so that J-1003 sits on her Tuesday; J-1004 → J-1005 is a chain placed on
// consecutive days; J-1002 (the probe) and J-1006 stay in the tray.
const FILES = ruleSetFiles({
  oliviaTrades: 'GAS:4;PLUMB:3',
  moreJobs: [
    'J-1005,"40 Roundhay Road, Leeds LS8 5AB",53.81,-1.53,LS8,GAS,3,GAS_SAFE,URGENT,2027-01-04T08:00:00Z,60,AM,J-1004,5,1,Priya Shah,Meter fitted,',
    'J-1006,"7 Kirkstall Lane, Leeds LS5 3BE",53.82,-1.59,LS5,PLUMB,2,,EMERGENCY,2027-01-04T08:00:00Z,45,ALL,,5,2,Sam Ellis,Water off,',
  ],
});

export type Call = (name: string, input: unknown) => Promise<unknown>;

async function call(ws: Workspace, name: string, input: unknown): Promise<unknown> {
  const r = await ws.dispatch(name, input);
  if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
  return r.result;
}

/** The rule-set workspace with J-1003 and J-1004 on Olivia's Tuesday (in that order), J-1005 on her Wednesday. */
export async function ruleSetWorkspace(): Promise<{ ws: Workspace; call: Call }> {
  const ws = await tempWorkspace();
  const bound: Call = (name, input) => call(ws, name, input);
  try {
    await bound('import/run-csv', FILES);
    for (const [ref, date] of [
      ['J-1003', DAY],
      ['J-1004', DAY],
      ['J-1005', WEDNESDAY],
    ] as const) {
      await bound('diary/move-job', { ref, to: { operative_id: 'OP-1', date }, seen: null });
    }
  } catch (err) {
    ws.close();
    throw err;
  }
  return { ws, call: bound };
}

/**
 * The board for the week of DAY (or `from`–`to`) of the rule-set workspace: J-1002 and J-1006 in
 * the tray, the rest placed. `setup` may change more first.
 */
export async function loadBoard(opts: { from?: string; to?: string; setup?: (call: Call) => Promise<void> } = {}): Promise<BoardModel> {
  const { ws, call: bound } = await ruleSetWorkspace();
  try {
    await opts.setup?.(bound);
    const range = { from: opts.from ?? MONDAY, to: opts.to ?? SUNDAY };
    return buildBoardModel((await bound('diary/get-board', range)) as BoardData);
  } finally {
    ws.close();
  }
}

export function operative(model: BoardModel, id: string) {
  const op = model.operativeById.get(id);
  if (!op) throw new Error(`no operative ${id} on the board`);
  return op;
}

/** The drop target over a board cell, as the hit test gives it: before card `index`, or (no index) at the end of the day. */
export function cellTarget(model: BoardModel, operativeId: string, date: string, index?: number): Extract<DropTarget, { kind: 'cell' }> {
  return {
    kind: 'cell',
    operativeId,
    date,
    row: model.operativeIndex.get(operativeId)!,
    col: model.dates.indexOf(date),
    index,
    slot: index ?? 0,
  };
}
