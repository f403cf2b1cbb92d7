// An operative as the editor holds it (rows of trades and competences, a set of working days) and
// as the contract takes it: operatives.csv cells, read by the import's own parser on save.
import type { OperativeView } from '../../../../shared/api/views';
import { WEEKDAYS } from '../../../../shared/domain/schemas';
import type { Weekday } from '../../../../shared/domain/types';

export interface OperativeForm {
  id: string;
  name: string;
  trades: { trade: string; proficiency: string }[];
  /** `expires` '' = no expiry. */
  competences: { code: string; expires: string }[];
  start_lat: string;
  start_lon: string;
  shift_start: string;
  shift_end: string;
  working_days: ReadonlySet<Weekday>;
  /** ';'-separated, as in the CSV. */
  areas: string;
}

export function emptyOperativeForm(): OperativeForm {
  return {
    id: '',
    name: '',
    trades: [{ trade: '', proficiency: '3' }],
    competences: [],
    start_lat: '',
    start_lon: '',
    shift_start: '08:00',
    shift_end: '16:30',
    working_days: new Set<Weekday>(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']),
    areas: '',
  };
}

export function formOf(o: OperativeView): OperativeForm {
  return {
    id: o.id,
    name: o.name,
    trades: o.trades.map((t) => ({ trade: t.trade, proficiency: String(t.proficiency) })),
    competences: o.competences.map((c) => ({ code: c.code, expires: c.expires ?? '' })),
    start_lat: String(o.start_lat),
    start_lon: String(o.start_lon),
    shift_start: o.shift_start,
    shift_end: o.shift_end,
    working_days: new Set(o.working_days),
    areas: o.areas.join(';'),
  };
}

/** The operatives.csv cells (`GAS:3;PLUMB:2`, `GAS_SAFE@2027-03-31`); empty rows are dropped. */
export function cellsOf(f: OperativeForm) {
  return {
    id: f.id.trim(),
    name: f.name,
    trades: f.trades
      .filter((t) => t.trade.trim())
      .map((t) => `${t.trade.trim()}:${t.proficiency}`)
      .join(';'),
    competences: f.competences
      .filter((c) => c.code.trim())
      .map((c) => (c.expires ? `${c.code.trim()}@${c.expires}` : c.code.trim()))
      .join(';'),
    start_lat: f.start_lat,
    start_lon: f.start_lon,
    shift_start: f.shift_start,
    shift_end: f.shift_end,
    working_days: WEEKDAYS.filter((d) => f.working_days.has(d)).join(';'),
    areas: f.areas,
  };
}
