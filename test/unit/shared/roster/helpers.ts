// Small builders for roster tests: patterns, overrides and day specs.
import type { DaySpec, RosterOverride, RosterPattern, Shift } from '../../../../shared/roster';

export const hours = (start: string, end: string, overnight = false): Shift => ({ start, end, overnight });
export const work = (start: string, end: string, overnight = false): DaySpec => ({ work: hours(start, end, overnight), on_call: null });
export const OFF: DaySpec = { work: 'off', on_call: null };
export const SAME: DaySpec = { work: null, on_call: null };
export const CALL: DaySpec = { work: null, on_call: true };

let nextId = 1;
export function pattern(over: Partial<RosterPattern> & Pick<RosterPattern, 'kind' | 'days'>): RosterPattern {
  return {
    id: nextId++,
    operative_id: 'ali',
    name: over.kind === 'weekly' ? 'Weekly' : 'Rota',
    anchor: '2027-01-04',
    from: '2027-01-01',
    to: null,
    ...over,
  };
}

export function override(
  date: string,
  kind: RosterOverride['kind'],
  start: string | null = null,
  end: string | null = null,
  overnight = false,
  operative_id = 'ali',
): RosterOverride {
  return { operative_id, date, kind, start, end, overnight };
}
