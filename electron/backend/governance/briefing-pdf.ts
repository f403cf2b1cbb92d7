// The start-of-day briefing as a PDF: its sections, on the daily touchpoint page set-up.
import type { Block } from '../documents/pdf-document';
import type { Briefing } from './briefing';
import { dayPdf, lines, tableOrNone } from './day-pdf';

export function briefingPdf(b: Briefing, printedAt: string): Promise<{ file_name: string; pdf: Buffer }> {
  const absent = b.absences.map((a) => `Absent: ${a.name} (${a.operative_id}) ${a.from} to ${a.to}, ${a.kind}: ${a.reason}`);
  const flagged = b.restrictions.map((f) => `Flag ${f.flag} ${f.scope} on ${f.name}${f.until ? ` until ${f.until}` : ''}: ${f.note}`);
  return dayPdf({
    title: 'Start-of-day briefing',
    name: 'briefing',
    date: b.date,
    team: b.team,
    printedAt,
    sections: [
      {
        heading: 'Priority changes since the last briefing',
        blocks: [
          tableOrNone(
            b.priority_changes,
            [
              { header: 'Job', width: 1 },
              { header: 'Priority', width: 3 },
              { header: 'State', width: 1 },
              { header: 'Asked by', width: 2 },
              { header: 'Reason', width: 3 },
            ],
            (c) => [c.ref, `${c.from ?? '?'} to ${c.to ?? '?'}`, c.state, c.requested_by, c.reason],
          ),
        ],
      },
      { heading: 'Absences and restrictions', blocks: lines([...absent, ...flagged], (text) => text) },
      { heading: 'Exceptions', blocks: lines(b.exceptions, (e) => `${e.kind}: ${e.message}`) },
      {
        heading: 'Priority jobs to watch',
        blocks: lines(
          b.watch,
          (w) => `${w.ref} ${w.priority} with ${w.operative_id}${w.deadline ? `, SLA ${w.deadline.replace('T', ' ').slice(0, 16)}` : ''}`,
        ),
      },
      { heading: 'The day', blocks: [dayTable(b)] },
    ],
  });
}

function dayTable(b: Briefing): Block {
  return {
    kind: 'table',
    columns: [
      { header: 'Operative', width: 3 },
      { header: 'Start', width: 1 },
      { header: 'Job', width: 1 },
      { header: 'Trade / priority', width: 2 },
      { header: 'Address', width: 5 },
    ],
    rows: b.operatives.flatMap((o) =>
      o.visits.length
        ? o.visits.map((v) => [o.name, v.start ?? '', v.ref + (v.locked ? ' (locked)' : ''), `${v.trade} ${v.priority}`, v.address])
        : [[o.name, '', '', '', 'no visits']],
    ),
  };
}
