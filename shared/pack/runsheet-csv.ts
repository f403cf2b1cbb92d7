// Per-operative run sheet as CSV (RFC 4180, `\n` line ends like the app's other exports): one
// row per visit, in the order the day runs. Quotes only where a value needs them. No formula
// escaping, as in the CSV exports: it would corrupt values such as negative longitudes.
import { joinList } from '../csv/format';
import type { PackJob, PackVisit } from './plan-model';

export const RUNSHEET_COLUMNS = [
  'date',
  'sequence',
  'start',
  'end',
  'ref',
  'address',
  'area',
  'lat',
  'lon',
  'trade',
  'min_proficiency',
  'priority',
  'window',
  'booked_start',
  'duration_min',
  'sla_deadline',
  'competences',
  'depends_on',
  'owner',
  'done_when',
  'notes',
] as const;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvField(v: string): string {
  return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function runsheetCsv(visits: readonly PackVisit[], jobs: ReadonlyMap<string, PackJob>): string {
  let out = `${RUNSHEET_COLUMNS.join(',')}\n`;
  for (const v of visits) {
    const j = jobs.get(v.ref);
    if (!j) throw new Error(`run sheet: job ${v.ref} is not in the plan`);
    const row = [
      v.date,
      String(v.sequence + 1),
      v.start.slice(11),
      v.end.slice(11),
      j.ref,
      j.address,
      j.area,
      String(j.lat),
      String(j.lon),
      j.trade,
      String(j.min_proficiency),
      j.priority,
      j.window,
      v.booked_start ?? '',
      String(j.duration_min),
      j.sla_deadline ?? '',
      joinList(j.competences),
      joinList(j.depends_on.map((d) => (d.lag_min ? `${d.ref}+${d.lag_min}` : d.ref))),
      j.owner,
      j.done_when,
      j.notes,
    ];
    out += `${row.map(csvField).join(',')}\n`;
  }
  return out;
}
