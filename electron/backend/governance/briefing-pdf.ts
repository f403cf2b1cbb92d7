// The start-of-day briefing as a PDF, laid out with the shared pdfkit document builder.
import { renderPdf, type Block } from '../documents/pdf-document';
import type { Briefing } from './briefing';

export async function briefingPdf(b: Briefing, printedAt: string): Promise<{ file_name: string; pdf: Buffer }> {
  const who = b.team ? `team ${b.team}` : 'all operatives';
  const blocks: Block[] = [
    { kind: 'title', text: `Start-of-day briefing ${b.date} (${who})` },
    { kind: 'heading', text: 'Priority changes since the last briefing' },
    b.priority_changes.length
      ? {
          kind: 'table',
          columns: [
            { header: 'Job', width: 1 },
            { header: 'Priority', width: 3 },
            { header: 'State', width: 1 },
            { header: 'Asked by', width: 2 },
            { header: 'Reason', width: 3 },
          ],
          rows: b.priority_changes.map((c) => [c.ref, `${c.from ?? '?'} to ${c.to ?? '?'}`, c.state, c.requested_by, c.reason]),
        }
      : { kind: 'text', text: 'None.', muted: true },
    { kind: 'heading', text: 'Absences and restrictions' },
    ...(b.absences.length + b.restrictions.length === 0 ? [{ kind: 'text', text: 'None.', muted: true } as Block] : []),
    ...b.absences.map((a): Block => ({
      kind: 'text',
      text: `Absent: ${a.name} (${a.operative_id}) ${a.from} to ${a.to}, ${a.kind}: ${a.reason}`,
    })),
    ...b.restrictions.map((f): Block => ({
      kind: 'text',
      text: `Flag ${f.flag} ${f.scope} on ${f.name}${f.until ? ` until ${f.until}` : ''}: ${f.note}`,
    })),
    { kind: 'heading', text: 'Exceptions' },
    ...(b.exceptions.length
      ? b.exceptions.map((e): Block => ({ kind: 'text', text: `${e.kind}: ${e.message}` }))
      : [{ kind: 'text', text: 'None.', muted: true } as Block]),
    { kind: 'heading', text: 'Priority jobs to watch' },
    ...(b.watch.length
      ? b.watch.map((w): Block => ({
          kind: 'text',
          text: `${w.ref} ${w.priority} with ${w.operative_id}${w.deadline ? `, SLA ${w.deadline.replace('T', ' ').slice(0, 16)}` : ''}`,
        }))
      : [{ kind: 'text', text: 'None.', muted: true } as Block]),
    { kind: 'heading', text: 'The day' },
    {
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
    },
  ];
  const pdf = await renderPdf({
    title: `Briefing ${b.date}`,
    subject: 'Planwright start-of-day briefing',
    created: new Date(printedAt),
    footer: `Planwright briefing · ${b.date} · ${who} · printed ${printedAt.slice(0, 16).replace('T', ' ')} UTC`,
    blocks,
  });
  return { file_name: `briefing-${b.date}${b.team ? `-${b.team.replace(/[^A-Za-z0-9_-]/g, '_')}` : ''}.pdf`, pdf };
}
