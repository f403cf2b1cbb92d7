// Absences (about 5% of operative-days in the horizon) and a few supervisor flags with review dates.
import { addDays, daysBetween } from '../calendar/dates';
import type { Absence, Flag, Job, Operative } from '../domain/types';
import { SUPERVISORS } from './leeds';
import type { Rng } from './prng';

const ABSENCE_KINDS: readonly (readonly [readonly [Absence['kind'], string], number])[] = [
  [['leave', 'Annual leave'], 45],
  [['sickness', 'Sickness'], 30],
  [['training', 'Training course'], 15],
  [['other', 'Medical appointment'], 10],
];

export function generateAbsences(rng: Rng, operatives: readonly Operative[], start: string, days: number): Absence[] {
  const target = Math.round(operatives.length * days * 0.05);
  const taken = new Map<string, Absence[]>();
  const out: Absence[] = [];
  let absentDays = 0;
  // Bounded: a crowded horizon may not fit the target without overlaps.
  for (let tries = 0; absentDays < target && tries < target * 10 + 10; tries++) {
    const op = rng.pick(operatives);
    const length = rng.weighted([
      [1, 40],
      [2, 20],
      [3, 15],
      [5, 15],
      [10, 10],
    ]);
    const from = addDays(start, rng.int(-2, days - 1));
    const to = addDays(from, length - 1);
    const mine = taken.get(op.id) ?? [];
    if (mine.some((a) => a.from <= to && from <= a.to)) continue;
    const [kind, reason] = rng.weighted(ABSENCE_KINDS);
    const a: Absence = { operative_id: op.id, from, to, reason, kind };
    mine.push(a);
    taken.set(op.id, mine);
    out.push(a);
    absentDays += overlapDays(from, to, start, days);
  }
  return out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.operative_id < b.operative_id ? -1 : 1));
}

/** About 3% of operatives get a flag (at least one), chosen from those that fit their skills. */
export function generateFlags(rng: Rng, operatives: readonly Operative[], jobs: readonly Job[], start: string): Flag[] {
  if (operatives.length === 0) return [];
  const count = Math.max(1, Math.round(operatives.length * 0.03));
  return rng.sample(operatives, count).map((op): Flag => {
    const owner = rng.pick(SUPERVISORS);
    const review = addDays(start, rng.int(3, 45));
    const has = (code: string) => op.competences.some((c) => c.code === code);
    const does = (trade: string) => op.trades.some((t) => t.trade === trade);
    const options: (readonly [Omit<Flag, 'operative_id' | 'owner'>, number])[] = [
      [
        {
          flag: 'DO_NOT_SEND',
          scope: `area:${op.areas[0] ?? rng.pick(['LS9', 'LS11', 'LS14'])}`,
          until: review,
          note: 'Lone-working risk reported in this area; review with supervisor',
        },
        1,
      ],
    ];
    if (has('HEIGHT'))
      options.push([
        { flag: 'REDUCED_DUTIES', scope: 'competence:HEIGHT', until: review, note: `No work at height until review on ${review}` },
        4,
      ]);
    if (does('GAS'))
      options.push([
        { flag: 'DO_NOT_SEND', scope: 'trade:GAS', until: review, note: 'Do not send to gas work until competence review' },
        3,
      ]);
    if (does('ROOF'))
      options.push([{ flag: 'REDUCED_DUTIES', scope: 'trade:ROOF', until: review, note: 'Light duties after back injury: no roofing' }, 2]);
    if (jobs.length > 0)
      options.push([
        { flag: 'DO_NOT_SEND', scope: `job:${rng.pick(jobs).ref}`, until: null, note: 'Tenant complaint; send someone else' },
        1,
      ]);
    const f = rng.weighted(options);
    return { operative_id: op.id, flag: f.flag, scope: f.scope, until: f.until, owner, note: f.note };
  });
}

function overlapDays(from: string, to: string, start: string, days: number): number {
  const lo = Math.max(0, daysBetween(start, from));
  const hi = Math.min(days - 1, daysBetween(start, to));
  return Math.max(0, hi - lo + 1);
}
