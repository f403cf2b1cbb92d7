// Operatives: one main trade, often a second; competences that follow the trade, a few
// certificates lapsing inside (or just before) the planning horizon; some area-restricted.
import { addDays } from '../calendar/dates';
import type { Competence, Operative, TradeSkill, Weekday } from '../domain/types';
import { AREAS, FIRST_NAMES, OPERATIVE_TRADE_WEIGHTS, SURNAMES, TRADES, type Trade } from './leeds';
import type { Rng } from './prng';

const SHIFTS: readonly (readonly [readonly [string, string], number])[] = [
  [['07:00', '15:30'], 2],
  [['07:30', '16:00'], 3],
  [['08:00', '16:30'], 5],
  [['08:00', '17:00'], 2],
  [['09:00', '17:00'], 1],
];
const PATTERNS: readonly (readonly [readonly Weekday[], number])[] = [
  [['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], 85],
  [['Mon', 'Tue', 'Wed', 'Thu'], 8],
  [['Tue', 'Wed', 'Thu', 'Fri', 'Sat'], 7],
];

export function operativeId(i: number, count: number): string {
  return `OP-${String(i + 1).padStart(Math.max(3, String(count).length), '0')}`;
}

export function generateOperatives(rng: Rng, count: number, start: string, days: number): Operative[] {
  const out: Operative[] = [];
  for (let i = 0; i < count; i++) {
    const main = rng.weighted(OPERATIVE_TRADE_WEIGHTS);
    const trades: TradeSkill[] = [
      {
        trade: main,
        proficiency: rng.weighted([
          [3, 3],
          [4, 4],
          [5, 2],
        ]),
      },
    ];
    if (rng.chance(0.5)) {
      const second = rng.pick(TRADES.filter((t) => t !== main));
      trades.push({ trade: second, proficiency: rng.int(1, 3) });
    }
    const home = rng.pick(AREAS);
    const [shift_start, shift_end] = rng.weighted(SHIFTS);
    out.push({
      id: operativeId(i, count),
      name: `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`,
      trades,
      competences: competencesFor(
        rng,
        trades.map((t) => t.trade as Trade),
        start,
        days,
      ),
      start_lat: round5(home.lat + (rng.next() - 0.5) * 0.02),
      start_lon: round5(home.lon + (rng.next() - 0.5) * 0.03),
      shift_start,
      shift_end,
      working_days: [...rng.weighted(PATTERNS)],
      // One in five works a restricted patch of neighbouring districts (e.g. a local office).
      areas: rng.chance(0.2)
        ? rng
            .sample(AREAS, rng.int(2, 5))
            .map((a) => a.code)
            .sort(byDistrict)
        : [],
    });
  }
  return out;
}

function competencesFor(rng: Rng, trades: Trade[], start: string, days: number): Competence[] {
  const codes = new Set<string>();
  if (trades.includes('GAS')) codes.add('GAS_SAFE');
  if (trades.includes('ELEC') && rng.chance(0.85)) codes.add('ELEC_18TH');
  if (trades.includes('ROOF') || (trades.includes('CARP') && rng.chance(0.3)) || rng.chance(0.1)) codes.add('HEIGHT');
  if (rng.chance(0.4)) codes.add('ASBESTOS_AWARE');
  if (trades.includes('PLUMB') ? rng.chance(0.25) : rng.chance(0.05)) codes.add('CONFINED_SPACE');
  return [...codes].map((code) => ({ code, expires: expiry(rng, code, start, days) }));
}

/** Certificates expire; awareness training here is treated as not expiring. */
function expiry(rng: Rng, code: string, start: string, days: number): string | null {
  if (code === 'ASBESTOS_AWARE' || code === 'CONFINED_SPACE') return rng.chance(0.5) ? null : addDays(start, rng.int(60, 700));
  const roll = rng.next();
  if (roll < 0.06) return addDays(start, rng.int(0, Math.max(0, days - 1))); // lapses mid-horizon
  if (roll < 0.1) return addDays(start, -rng.int(1, 30)); // lapsed just before: renewal overdue
  return addDays(start, rng.int(days + 30, 900));
}

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;
const byDistrict = (a: string, b: string): number => Number(a.slice(2)) - Number(b.slice(2));
