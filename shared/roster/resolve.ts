// "What is operative X's roster on date D?" Layers, lowest first:
//   1. the operative's own working days and shift (the CSV fields): source 'pattern';
//   2. weekly patterns covering D, then rotations covering D (each in id order, later wins);
//      a pattern day may leave working hours or on-call to the layer below (null = inherit);
//   3. a bank holiday turns a working day off (source 'bank-holiday'), on-call stays;
//   4. per-day overrides: a date with any override row is defined by those rows alone
//      (work row → working those hours; on_call row → on call; off row → neither).
// Pure and cheap: the rule engine asks once per operative-day and caches the answer.
import { toEpochDay, weekdayOf } from '../calendar/dates';
import { DEFAULT_CALENDAR, type WorkingCalendar } from '../calendar/working-days';
import { WEEKDAYS } from '../domain/schemas';
import type { IsoDate, Operative, Weekday } from '../domain/types';
import type { DaySpec, RosterDay, RosterInput, RosterOverride, RosterPattern, Shift } from './types';

type RosterOperative = Pick<Operative, 'id' | 'shift_start' | 'shift_end' | 'working_days'>;

/** Which day of a pattern applies on `date` (weekly: by weekday; rotation: days since anchor, mod cycle). */
export function patternDayIndex(
  p: Pick<RosterPattern, 'kind' | 'anchor' | 'days'>,
  date: IsoDate,
  weekday: Weekday = weekdayOf(date),
): number {
  if (p.kind === 'weekly') return WEEKDAYS.indexOf(weekday);
  const n = p.days.length;
  const k = (toEpochDay(date) - toEpochDay(p.anchor)) % n;
  return k < 0 ? k + n : k;
}

export function patternCovers(p: Pick<RosterPattern, 'from' | 'to'>, date: IsoDate): boolean {
  return p.from <= date && (p.to === null || date <= p.to);
}

function overrideShift(o: RosterOverride): Shift | null {
  return o.start !== null && o.end !== null ? { start: o.start, end: o.end, overnight: o.overnight } : null;
}

/** Applies the override rows of one date (non-empty) on top of the pattern answer. */
function applyOverrides(day: RosterDay, rows: readonly RosterOverride[]): RosterDay {
  const work = rows.find((r) => r.kind === 'work');
  const call = rows.find((r) => r.kind === 'on_call');
  return {
    ...day,
    working: work !== undefined,
    shift: work ? overrideShift(work) : null,
    on_call: call !== undefined,
    on_call_hours: call ? overrideShift(call) : null,
    source: 'override',
    pattern: null,
  };
}

export function resolveRosterDay(
  operative: RosterOperative,
  date: IsoDate,
  patterns: readonly RosterPattern[],
  overrides: readonly RosterOverride[],
  calendar: WorkingCalendar = DEFAULT_CALENDAR,
  weekday: Weekday = weekdayOf(date),
): RosterDay {
  let working = operative.working_days.includes(weekday);
  let shift: Shift = { start: operative.shift_start, end: operative.shift_end, overnight: false };
  let onCall = false;
  let source: RosterDay['source'] = 'pattern';
  let pattern: string | null = null;
  for (const p of patterns) {
    if (!patternCovers(p, date)) continue;
    const spec: DaySpec | undefined = p.days[patternDayIndex(p, date, weekday)];
    if (!spec) continue;
    if (spec.work !== null) {
      working = spec.work !== 'off';
      if (spec.work !== 'off') shift = spec.work;
      source = p.kind === 'weekly' ? 'pattern' : 'rotation';
      pattern = p.name;
    }
    if (spec.on_call !== null) onCall = spec.on_call;
  }
  const holiday = calendar.holidayNames.get(date) ?? null;
  const day: RosterDay = {
    date,
    working: working && holiday === null,
    shift: working && holiday === null ? shift : null,
    on_call: onCall,
    on_call_hours: null,
    source: working && holiday !== null ? 'bank-holiday' : source,
    holiday,
    pattern,
    pattern_working: working,
  };
  return overrides.length > 0 ? applyOverrides(day, overrides) : day;
}

/** Patterns in the order they layer: weekly before rotations, each by id. */
export function layerOrder(patterns: readonly RosterPattern[]): RosterPattern[] {
  return [...patterns].sort((a, b) => (a.kind === b.kind ? a.id - b.id : a.kind === 'weekly' ? -1 : 1));
}

/** Roster data indexed for look-up by operative and date. */
export class RosterBook {
  private readonly patternsByOp = new Map<string, RosterPattern[]>();
  private readonly overridesByOp = new Map<string, Map<string, RosterOverride[]>>();

  constructor(
    input: RosterInput = {},
    readonly calendar: WorkingCalendar = DEFAULT_CALENDAR,
  ) {
    for (const p of input.patterns ?? []) {
      const list = this.patternsByOp.get(p.operative_id);
      if (list) list.push(p);
      else this.patternsByOp.set(p.operative_id, [p]);
    }
    for (const [id, list] of this.patternsByOp) this.patternsByOp.set(id, layerOrder(list));
    for (const o of input.days ?? []) {
      let byDate = this.overridesByOp.get(o.operative_id);
      if (!byDate) this.overridesByOp.set(o.operative_id, (byDate = new Map()));
      const rows = byDate.get(o.date);
      if (rows) rows.push(o);
      else byDate.set(o.date, [o]);
    }
  }

  patternsOf(operativeId: string): readonly RosterPattern[] {
    return this.patternsByOp.get(operativeId) ?? NONE_P;
  }

  overridesOn(operativeId: string, date: IsoDate): readonly RosterOverride[] {
    return this.overridesByOp.get(operativeId)?.get(date) ?? NONE_O;
  }

  day(operative: RosterOperative, date: IsoDate, weekday?: Weekday): RosterDay {
    return resolveRosterDay(operative, date, this.patternsOf(operative.id), this.overridesOn(operative.id, date), this.calendar, weekday);
  }
}

const NONE_P: readonly RosterPattern[] = [];
const NONE_O: readonly RosterOverride[] = [];
