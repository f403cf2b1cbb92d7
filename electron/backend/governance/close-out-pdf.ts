// The end-of-day close-out summary as a PDF: its sections, on the daily touchpoint page set-up
// (the briefing's).
import type { CloseOutSummary } from './close-out-summary';
import { dayPdf, linesSection, tableSection } from './day-pdf';

const when = (stamp: string | null) => (stamp ? stamp.replace('T', ' ').slice(0, 16) : '');

export function closeOutPdf(c: CloseOutSummary, printedAt: string): Promise<{ file_name: string; pdf: Buffer }> {
  const t = c.totals;
  return dayPdf({
    title: 'End-of-day close-out',
    name: 'close-out',
    date: c.date,
    team: c.team,
    printedAt,
    lead: [
      {
        kind: 'text',
        text: c.version
          ? `Against version ${c.version}: ${t.completed} of ${t.planned} planned visits completed, ${t.not_done} not done, ${t.not_recorded} not recorded, ${t.unplanned} worked without being planned.`
          : (c.message ?? 'No version in force.'),
      },
    ],
    sections: [
      tableSection('Completions against plan', c.visits, { Job: 1, Planned: 2, 'Done by': 2, Outcome: 2, Reason: 4 }, (v) => [
        v.ref,
        v.planned ? `${v.planned.operative_id} ${v.planned.start}` : 'not planned',
        v.actual ? `${v.actual.operative_id}${v.actual.arrived ? ` ${v.actual.arrived}` : ''}` : '',
        v.outcome ?? 'not recorded',
        v.reason ?? '',
      ]),
      linesSection(
        'Carry-overs',
        c.carry_overs,
        (o) =>
          `${o.ref} ${o.priority} ${o.outcome ?? 'not recorded'}${o.reason ? ` (${o.reason})` : ''}: ${
            o.booked ? `rebooked ${o.booked.operative_id} ${o.booked.date}` : `not rebooked (${o.status})`
          }${o.deadline ? `, SLA ${when(o.deadline)}` : ''}`,
      ),
      linesSection(
        'Priority rebookings',
        c.priority_rebookings,
        (r) =>
          `${r.urgent ? 'URGENT ' : ''}${r.ref} ${r.priority} ${r.outcome}${r.reason ? ` (${r.reason})` : ''}, rebook by ${
            when(r.deadline) || 'no deadline'
          }, attempt ${r.attempts}, owner ${r.owner}${r.booked ? `, booked ${r.booked.operative_id} ${r.booked.date}` : ''}`,
      ),
      linesSection(
        'Deviations',
        c.deviations,
        (d) =>
          `${d.ref} ${d.kind}: ${d.reason} (${d.decided_by}; ${d.within_policy ? 'within policy' : d.silent_override ? 'outside policy, silent override' : 'outside policy'})`,
      ),
      linesSection(`Tomorrow's flags (${c.tomorrow.date})`, c.tomorrow.flags, (f) => f.message),
    ],
  });
}
