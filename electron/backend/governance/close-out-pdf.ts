// The end-of-day close-out summary as a PDF, laid out with the shared pdfkit document builder
// (the briefing's path).
import { renderPdf, type Block } from '../documents/pdf-document';
import type { CloseOutSummary } from './close-out-summary';

const none: Block = { kind: 'text', text: 'None.', muted: true };
const when = (stamp: string | null) => (stamp ? stamp.replace('T', ' ').slice(0, 16) : '');

export async function closeOutPdf(c: CloseOutSummary, printedAt: string): Promise<{ file_name: string; pdf: Buffer }> {
  const who = c.team ? `team ${c.team}` : 'all operatives';
  const t = c.totals;
  const blocks: Block[] = [
    { kind: 'title', text: `End-of-day close-out ${c.date} (${who})` },
    {
      kind: 'text',
      text: c.version
        ? `Against version ${c.version}: ${t.completed} of ${t.planned} planned visits completed, ${t.not_done} not done, ${t.not_recorded} not recorded, ${t.unplanned} worked without being planned.`
        : (c.message ?? 'No version in force.'),
    },
    { kind: 'heading', text: 'Completions against plan' },
    c.visits.length
      ? {
          kind: 'table',
          columns: [
            { header: 'Job', width: 1 },
            { header: 'Planned', width: 2 },
            { header: 'Done by', width: 2 },
            { header: 'Outcome', width: 2 },
            { header: 'Reason', width: 4 },
          ],
          rows: c.visits.map((v) => [
            v.ref,
            v.planned ? `${v.planned.operative_id} ${v.planned.start}` : 'not planned',
            v.actual ? `${v.actual.operative_id}${v.actual.arrived ? ` ${v.actual.arrived}` : ''}` : '',
            v.outcome ?? 'not recorded',
            v.reason ?? '',
          ]),
        }
      : none,
    { kind: 'heading', text: 'Carry-overs' },
    ...(c.carry_overs.length
      ? c.carry_overs.map((o): Block => ({
          kind: 'text',
          text: `${o.ref} ${o.priority} ${o.outcome ?? 'not recorded'}${o.reason ? ` (${o.reason})` : ''}: ${
            o.booked ? `rebooked ${o.booked.operative_id} ${o.booked.date}` : `not rebooked (${o.status})`
          }${o.deadline ? `, SLA ${when(o.deadline)}` : ''}`,
        }))
      : [none]),
    { kind: 'heading', text: 'Priority rebookings' },
    ...(c.priority_rebookings.length
      ? c.priority_rebookings.map((r): Block => ({
          kind: 'text',
          text: `${r.urgent ? 'URGENT ' : ''}${r.ref} ${r.priority} ${r.outcome}${r.reason ? ` (${r.reason})` : ''}, rebook by ${
            when(r.deadline) || 'no deadline'
          }, attempt ${r.attempts}, owner ${r.owner}${r.booked ? `, booked ${r.booked.operative_id} ${r.booked.date}` : ''}`,
        }))
      : [none]),
    { kind: 'heading', text: 'Deviations' },
    ...(c.deviations.length
      ? c.deviations.map((d): Block => ({
          kind: 'text',
          text: `${d.ref} ${d.kind}: ${d.reason} (${d.decided_by}; ${d.within_policy ? 'within policy' : d.silent_override ? 'outside policy, silent override' : 'outside policy'})`,
        }))
      : [none]),
    { kind: 'heading', text: `Tomorrow's flags (${c.tomorrow.date})` },
    ...(c.tomorrow.flags.length ? c.tomorrow.flags.map((f): Block => ({ kind: 'text', text: f.message })) : [none]),
  ];
  const pdf = await renderPdf({
    title: `Close-out ${c.date}`,
    subject: 'Planwright end-of-day close-out',
    created: new Date(printedAt),
    footer: `Planwright close-out · ${c.date} · ${who} · printed ${printedAt.slice(0, 16).replace('T', ' ')} UTC`,
    blocks,
  });
  return { file_name: `close-out-${c.date}${c.team ? `-${c.team.replace(/[^A-Za-z0-9_-]/g, '_')}` : ''}.pdf`, pdf };
}
