// Printable day sheets as real PDF files: per operative (their day in order — times, refs,
// addresses, windows, access notes, what "done" means) and per team (a cover listing everyone's
// day, then one sheet each). Times come from the same day plan as the board (PlanIndex), and
// anything the rules object to is printed under "To check".
import { ApiError } from '../../../shared/api/errors';
import { formatLongDate, weekdayOf } from '../../../shared/calendar/dates';
import type { Operative } from '../../../shared/domain/types';
import { formatClock, formatDuration } from '../../../shared/plan/time';
import { BLOCKED, type OperativeDay, type PlanIndex } from '../../../shared/rules';
import { renderPdf, type Block } from '../documents/pdf-document';
import { hardViolations, withRef } from '../editing/blocked';
import { isActiveOn } from '../editing/retired';
import { indexOf } from '../planning/world';
import type { Store } from '../store/store';

export interface DaySheets {
  file_name: string;
  pdf: Buffer;
  pages: number;
  operatives: number;
  jobs: number;
}

const WEEKDAY_LONG: Record<string, string> = {
  Mon: 'Monday',
  Tue: 'Tuesday',
  Wed: 'Wednesday',
  Thu: 'Thursday',
  Fri: 'Friday',
  Sat: 'Saturday',
  Sun: 'Sunday',
};
const longDay = (date: string) => `${WEEKDAY_LONG[weekdayOf(date)]} ${formatLongDate(date)}`;

/**
 * One operative's sheet when `operativeIds` names one; otherwise a team sheet for those named,
 * or for everyone working that day or holding placements on it.
 */
export async function daySheets(store: Store, date: string, operativeIds?: readonly string[]): Promise<DaySheets> {
  const index = indexOf(store);
  const all = [...index.world.operatives.values()];
  let ops: Operative[];
  if (operativeIds && operativeIds.length > 0) {
    ops = operativeIds.map((id) => {
      const op = index.world.operatives.get(id);
      if (!op) throw new ApiError('NOT_FOUND', `No operative with id ${id}`);
      return op;
    });
  } else {
    const holding = new Set(index.diary.filter((e) => e.date === date).map((e) => e.operative_id));
    ops = all.filter((o) => holding.has(o.id) || (isActiveOn(o, date) && index.operativeDay(o, date).code !== BLOCKED));
  }
  const team = ops.length !== 1 || !operativeIds || operativeIds.length !== 1;
  const blocks: Block[] = [];
  let jobs = 0;
  if (team) {
    blocks.push({ kind: 'title', text: `Team day sheet: ${longDay(date)}` }, ...teamSummary(index, ops, date), { kind: 'page-break' });
  }
  ops.forEach((op, i) => {
    if (i > 0) blocks.push({ kind: 'page-break' });
    const sheet = operativeSheet(index, op, date);
    jobs += sheet.jobs;
    blocks.push(...sheet.blocks);
  });
  if (ops.length === 0) blocks.push({ kind: 'text', text: 'Nobody is working or placed on this day.' });
  const who = team ? 'team' : ops[0]!.id;
  const pdf = await renderPdf({
    title: team ? `Team day sheet ${date}` : `Day sheet ${date} ${ops[0]!.name}`,
    subject: 'Planwright day sheet',
    created: new Date(store.now()),
    footer: `Planwright day sheet · ${longDay(date)} · printed ${store.now().slice(0, 16).replace('T', ' ')} UTC`,
    blocks,
  });
  return { file_name: `day-sheet-${date}-${who}.pdf`, pdf, pages: countPages(pdf), operatives: ops.length, jobs };
}

function teamSummary(index: PlanIndex, ops: readonly Operative[], date: string): Block[] {
  const rows = ops.map((op) => {
    const od = index.operativeDay(op, date);
    const plan = od.plan();
    const first = plan.visits[0];
    return [
      `${op.name} (${op.id})`,
      shiftText(od),
      String(plan.visits.length),
      first ? formatClock(first.start_min) : '-',
      plan.visits.length ? formatClock(plan.day_end_min) : '-',
      formatDuration(plan.work_min),
      formatDuration(plan.travel_min),
      plan.visits.map((v) => v.ref).join(', '),
    ];
  });
  return [
    {
      kind: 'text',
      text: `${ops.length} operative${ops.length === 1 ? '' : 's'}, ${rows.reduce((n, r) => n + Number(r[2]), 0)} jobs`,
      muted: true,
    },
    { kind: 'space', lines: 0.5 },
    {
      kind: 'table',
      columns: [
        { header: 'Operative', width: 18 },
        { header: 'Shift', width: 11 },
        { header: 'Jobs', width: 6, align: 'right' },
        { header: 'First', width: 7 },
        { header: 'Back', width: 7 },
        { header: 'Work', width: 8 },
        { header: 'Travel', width: 8 },
        { header: 'Refs', width: 35 },
      ],
      rows,
    },
  ];
}

function shiftText(od: OperativeDay): string {
  if (od.code === BLOCKED) return od.roster.holiday ? `off (${od.roster.holiday})` : 'not available';
  return `${formatClock(od.shift.start)}–${formatClock(od.shift.end)}`;
}

function operativeSheet(index: PlanIndex, op: Operative, date: string): { blocks: Block[]; jobs: number } {
  const od = index.operativeDay(op, date);
  const plan = od.plan();
  const blocks: Block[] = [
    { kind: 'title', text: `Day sheet: ${op.name} (${op.id})` },
    {
      kind: 'facts',
      items: [
        ['Date', longDay(date)],
        ['Shift', shiftText(od)],
        ['Trades', op.trades.map((t) => `${t.trade} ${t.proficiency}`).join(', ')],
        [
          'Day',
          plan.visits.length === 0
            ? 'no jobs'
            : `${plan.visits.length} job${plan.visits.length === 1 ? '' : 's'}, work ${formatDuration(plan.work_min)}, travel ${formatDuration(plan.travel_min)}, back at base ${formatClock(plan.day_end_min)}`,
        ],
      ],
    },
    { kind: 'space', lines: 0.5 },
  ];
  if (plan.visits.length === 0)
    return { blocks: [...blocks, { kind: 'text', text: 'No jobs placed for this day.', muted: true }], jobs: 0 };
  blocks.push({
    kind: 'table',
    columns: [
      { header: '#', width: 3, align: 'right' },
      { header: 'Time', width: 10 },
      { header: 'Ref', width: 10 },
      { header: 'Priority', width: 10 },
      { header: 'Trade', width: 7 },
      { header: 'Address', width: 28 },
      { header: 'Window', width: 9 },
      { header: 'Drive', width: 7, align: 'right' },
    ],
    rows: plan.visits.map((v, i) => [
      String(i + 1),
      `${formatClock(v.start_min)}–${formatClock(v.end_min)}`,
      v.ref,
      v.job.priority,
      v.job.trade,
      v.job.address,
      v.job.window === 'ALL' ? 'any' : v.job.window,
      `${v.travel_min} min`,
    ]),
  });
  blocks.push({ kind: 'heading', text: 'Jobs' });
  for (const v of plan.visits) {
    const j = v.job;
    blocks.push({ kind: 'text', text: `${v.ref} · ${j.trade} · ${formatDuration(j.duration_min)} · ${j.address}`, bold: true });
    const lines = [
      j.competences.length ? `Needs: ${j.competences.join(', ')}` : '',
      j.done_when ? `Done when: ${j.done_when}` : '',
      j.notes ? `Notes: ${j.notes}` : '',
    ].filter(Boolean);
    for (const l of lines) blocks.push({ kind: 'text', text: l });
    blocks.push({ kind: 'space', lines: 0.3 });
  }
  const problems = index.diary
    .filter((e) => e.operative_id === op.id && e.date === date)
    .flatMap((e) => hardViolations(index, e).map((v) => withRef(e.job_ref, v.reason)));
  if (problems.length > 0) {
    blocks.push({ kind: 'heading', text: 'To check with the planner' });
    for (const p of problems) blocks.push({ kind: 'text', text: p });
  }
  return { blocks, jobs: plan.visits.length };
}

/** Page count from the PDF's page tree (pdfkit writes one /Type /Pages with /Count). */
function countPages(pdf: Buffer): number {
  const m = /\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'));
  return m ? Number(m[1]) : 0;
}
