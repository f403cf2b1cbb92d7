// Per-operative calendar files (RFC 5545): one VEVENT per job with address, window and notes.
//
// Times carry TZID=Europe/London with the zone defined in the file (VTIMEZONE), not floating
// times: the diary is UK wall-clock time, and a floating time is read in whatever zone the
// importing calendar or server runs in (often UTC), an hour out all summer. UIDs are stable
// per job across versions and SEQUENCE is the pack version, so importing version 2 updates
// the events of version 1 instead of duplicating them.
import { contentLines, escapeText, icsLocal, icsUtc } from './ics-text';
import { PACK_TIMEZONE, type PackIdentity, type PackJob, type PackOperative, type PackVisit } from './plan-model';

const VTIMEZONE_LONDON = [
  'BEGIN:VTIMEZONE',
  `TZID:${PACK_TIMEZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function runsheetIcs(op: PackOperative, visits: readonly PackVisit[], jobs: ReadonlyMap<string, PackJob>, id: PackIdentity): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Planwright//Plan pack ${escapeText(id.app_version)}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${op.name} — plan version ${id.version}`)}`,
    `X-WR-TIMEZONE:${PACK_TIMEZONE}`,
    ...VTIMEZONE_LONDON,
  ];
  const stamp = icsUtc(id.created_at);
  for (const v of visits) {
    const job = jobs.get(v.ref);
    if (!job) throw new Error(`run sheet for ${op.id}: job ${v.ref} is not in the plan`);
    lines.push(...eventLines(v, job, id, stamp));
  }
  lines.push('END:VCALENDAR');
  return contentLines(lines);
}

function eventLines(v: PackVisit, job: PackJob, id: PackIdentity, stamp: string): string[] {
  const tz = `;TZID=${PACK_TIMEZONE}`;
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${job.ref}@${id.pack_id}.planwright`)}`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${id.version}`,
    `DTSTART${tz}:${icsLocal(v.start)}`,
    `DTEND${tz}:${icsLocal(v.end)}`,
    `SUMMARY:${escapeText(`${job.ref} ${job.trade} · ${job.address}`)}`,
    `LOCATION:${escapeText(job.address)}`,
    `GEO:${job.lat};${job.lon}`,
    `DESCRIPTION:${escapeText(describe(v, job, id))}`,
    `CATEGORIES:${[job.trade, job.priority].map(escapeText).join(',')}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

function describe(v: PackVisit, job: PackJob, id: PackIdentity): string {
  const deps = job.depends_on.map((d) => (d.lag_min ? `${d.ref} (+${d.lag_min} min)` : d.ref)).join(', ');
  return [
    `Job ${job.ref}: ${job.trade} (level ${job.min_proficiency}+), ${job.priority}`,
    `Visit ${v.sequence + 1} of the day, ${v.start.slice(11)}–${v.end.slice(11)}; appointment window ${job.window}${v.booked_start ? `, booked ${v.booked_start}` : ''}`,
    `Duration ${job.duration_min} min; SLA deadline ${job.sla_deadline ?? 'none'}`,
    job.competences.length ? `Competences: ${job.competences.join(', ')}` : '',
    deps ? `Depends on: ${deps}` : '',
    `Owner: ${job.owner || '(none)'}${job.done_when ? `; done when: ${job.done_when}` : ''}`,
    job.notes ? `Notes: ${job.notes}` : '',
    `Plan version ${id.version} (pack ${id.pack_id})`,
  ]
    .filter(Boolean)
    .join('\n');
}
