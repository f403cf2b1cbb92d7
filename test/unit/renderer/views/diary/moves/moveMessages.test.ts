// What the planner is told about each move: every refusal names the job and why and says nothing
// changed. Failures are the backend's real error envelopes for each case, not made-up ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../../../../electron/backend/workspace';
import type { Violation } from '../../../../../../shared/rules';
import { ApiCallError } from '../../../../../../renderer/src/api/client';
import {
  NOT_MOVED,
  blockedText,
  dayLabel,
  failureText,
  placedText,
  unscheduledText,
  violationsOf,
} from '../../../../../../renderer/src/views/diary/moves/moveMessages';
import { DAY, ruleSetWorkspace } from '../board-fixture';

let ws: Workspace;
beforeAll(async () => {
  ({ ws } = await ruleSetWorkspace());
});
afterAll(() => ws.close());

/** The ApiCallError the client would throw for this call (it must fail). */
async function failure(name: string, input: unknown): Promise<ApiCallError> {
  const r = await ws.dispatch(name, input);
  if (r.ok) throw new Error(`${name} unexpectedly succeeded`);
  return new ApiCallError(name, r.error);
}

const warning = (reason: string): Violation => ({ ruleId: 'overtime', severity: 'soft', reason }) as Violation;

describe('move messages', () => {
  it('names one, two, three or many jobs the way a sentence would', () => {
    expect(unscheduledText(['J-1'])).toBe('J-1 moved to Unscheduled');
    expect(unscheduledText(['J-1', 'J-2'])).toBe('J-1 and J-2 moved to Unscheduled');
    expect(unscheduledText(['J-1', 'J-2', 'J-3'])).toBe('J-1, J-2 and J-3 moved to Unscheduled');
    expect(unscheduledText(['J-1', 'J-2', 'J-3', 'J-4'])).toBe('4 jobs moved to Unscheduled');
  });

  it('a placement says where, when (for one job), whether overridden, and any warning', () => {
    expect(placedText(['J-1002'], 'Olivia Good', DAY, 8 * 60, [], false)).toBe('J-1002 placed on Olivia Good, Tue 5 Jan 2027 at 08:00');
    expect(placedText(['J-1002', 'J-1006'], 'Olivia Good', DAY, 8 * 60, [], false)).toBe(
      'J-1002 and J-1006 placed on Olivia Good, Tue 5 Jan 2027',
    );
    expect(placedText(['J-1002'], 'Walter Late', DAY, null, [warning('ends at 09:40'), warning('long drive')], true)).toBe(
      'J-1002 placed on Walter Late, Tue 5 Jan 2027 (override recorded) — warning: ends at 09:40; long drive',
    );
  });

  it('a refusal lists the hard reasons and offers the override', () => {
    const hard = { ruleId: 'absence', severity: 'hard', reason: 'Anna Away is absent' } as Violation;
    expect(blockedText(['J-1002'], [hard, warning('late')])).toBe(
      'J-1002 not placed: Anna Away is absent. Nothing changed; use Override… to place it anyway with a reason.',
    );
    expect(blockedText(['J-1002'], [])).toMatch(/^J-1002 not placed: a planning rule blocks it\./);
  });

  it('every "not moved" case says what to do instead', () => {
    const refs = ['J-1002'];
    expect(Object.values(NOT_MOVED).map((f) => f(refs))).toEqual([
      "J-1002 not moved: drop it on an operative's day inside the board range, or on the Unscheduled tray.",
      "J-1002 not moved: drop it on one of the operative's days, not on the name.",
      'J-1002 not moved: dropped where it already is.',
      'J-1002 is already unscheduled.',
      'J-1002 is still being saved; wait for that move to finish before moving it again.',
      'Move of J-1002 cancelled; nothing changed.',
      'J-1002 is no longer on the board (deleted or closed elsewhere); nothing changed.',
    ]);
  });

  it('a stale card (moved in another window) is told apart from a deleted job', async () => {
    const stale = await failure('diary/move-job', { ref: 'J-1004', to: null, seen: { operative_id: 'OP-7', date: DAY, sequence: 0 } });
    expect(stale.code).toBe('CONFLICT');
    expect(failureText(['J-1004'], stale)).toMatch(
      /^J-1004 not moved: it was changed in another window since this board loaded \(.+\)\. Nothing changed; the board has been refreshed\.$/,
    );
    const gone = await failure('diary/move-job', { ref: 'J-9999', to: null, seen: null });
    expect(gone.code).toBe('NOT_FOUND');
    expect(failureText(['J-9999'], gone)).toMatch(
      /^J-9999 not moved: it no longer exists \(.+\)\. Nothing changed; the board has been refreshed\.$/,
    );
  });

  it("a rule refusal from the backend carries the rule's reasons", async () => {
    const blocked = await failure('diary/move-job', { ref: 'J-1002', to: { operative_id: 'OP-2', date: DAY }, seen: null });
    expect(blocked.code).toBe('RULE_VIOLATION');
    expect(violationsOf(blocked).map((v) => v.reason)).toEqual(['J-1002 needs GAS ≥ 3; Ben Shaw has GAS 2']);
    expect(failureText(['J-1002'], blocked)).toBe(
      'J-1002 not placed: J-1002 needs GAS ≥ 3; Ben Shaw has GAS 2. Nothing changed; use Override… to place it anyway with a reason.',
    );
    expect(violationsOf(new Error('boom'))).toEqual([]);
  });

  it('bad input names the field; anything else is passed on as it is', async () => {
    const bad = await failure('diary/move-job', { ref: 'J-1002', to: { operative_id: 'OP-1', date: '2027-02-30' }, seen: null });
    expect(bad.code).toBe('VALIDATION');
    expect(failureText(['J-1002'], bad)).toMatch(/^J-1002 not moved: .*to\.date.*\. Nothing changed\.$/);
    expect(failureText(['J-1002'], new Error('Failed to fetch'))).toBe('J-1002 not moved: Failed to fetch');
  });

  it('days read as the planner writes them; anything else is shown as it came', () => {
    expect(dayLabel(DAY)).toBe('Tue 5 Jan 2027');
    expect(dayLabel('soon')).toBe('soon');
  });
});
