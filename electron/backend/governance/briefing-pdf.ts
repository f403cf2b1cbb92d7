// The start-of-day briefing as a PDF: its sections, on the daily touchpoint page set-up.
import type { Block } from '../documents/pdf-document';
import type { Briefing } from './briefing';
import { columnsOf, dayPdf, linesSection, tableSection } from './day-pdf';

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
      tableSection(
        'Priority changes since the last briefing',
        b.priority_changes,
        { Job: 1, Priority: 3, State: 1, 'Asked by': 2, Reason: 3 },
        (c) => [c.ref, `${c.from ?? '?'} to ${c.to ?? '?'}`, c.state, c.requested_by, c.reason],
      ),
      linesSection('Absences and restrictions', [...absent, ...flagged], (text) => text),
      linesSection('Exceptions', b.exceptions, (e) => `${e.kind}: ${e.message}`),
      linesSection(
        'Priority jobs to watch',
        b.watch,
        (w) => `${w.ref} ${w.priority} with ${w.operative_id}${w.deadline ? `, SLA ${w.deadline.replace('T', ' ').slice(0, 16)}` : ''}`,
      ),
      { heading: 'The day', blocks: [dayTable(b)] },
    ],
  });
}

function dayTable(b: Briefing): Block {
  return {
    kind: 'table',
    columns: columnsOf({ Operative: 3, Start: 1, Job: 1, 'Trade / priority': 2, Address: 5 }),
    rows: b.operatives.flatMap((o) =>
      o.visits.length
        ? o.visits.map((v) => [o.name, v.start ?? '', v.ref + (v.locked ? ' (locked)' : ''), `${v.trade} ${v.priority}`, v.address])
        : [[o.name, '', '', '', 'no visits']],
    ),
  };
}
