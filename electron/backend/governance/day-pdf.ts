// The daily touchpoint PDFs (start-of-day briefing, end-of-day close-out) share their page
// set-up: a title naming the day and team, headed sections that say "None." when empty, the
// document's metadata, a footer and the file name. Each PDF only supplies its sections.
import { renderPdf, type Block, type Column } from '../documents/pdf-document';

export const NONE: Block = { kind: 'text', text: 'None.', muted: true };

/** A section: its heading, then what it says. */
export interface Section {
  heading: string;
  blocks: Block[];
}

/** Table columns from their headers and relative widths, in order ({ Job: 1, Reason: 3 }). */
export function columnsOf(widths: Readonly<Record<string, number>>): Column[] {
  return Object.entries(widths).map(([header, width]) => ({ header, width }));
}

/** A section of one line of text per item, or "None." when there are none. */
export function linesSection<T>(heading: string, items: readonly T[], line: (item: T) => string): Section {
  return { heading, blocks: items.length ? items.map((item): Block => ({ kind: 'text', text: line(item) })) : [NONE] };
}

/** A section of one table row per item, or "None." when there are none. */
export function tableSection<T>(
  heading: string,
  items: readonly T[],
  widths: Readonly<Record<string, number>>,
  row: (item: T) => string[],
): Section {
  return { heading, blocks: [items.length ? { kind: 'table', columns: columnsOf(widths), rows: items.map(row) } : NONE] };
}

export interface DayPdfSpec {
  /** What the document is, as its title says it ("Start-of-day briefing"). */
  title: string;
  /** Its short name, in the footer and the file name ("briefing", "close-out"). */
  name: string;
  date: string;
  team: string | null;
  printedAt: string;
  /** Said under the title, before the first section. */
  lead?: Block[];
  sections: Section[];
}

export async function dayPdf(d: DayPdfSpec): Promise<{ file_name: string; pdf: Buffer }> {
  const who = d.team ? `team ${d.team}` : 'all operatives';
  const blocks: Block[] = [
    { kind: 'title', text: `${d.title} ${d.date} (${who})` },
    ...(d.lead ?? []),
    ...d.sections.flatMap((s): Block[] => [{ kind: 'heading', text: s.heading }, ...s.blocks]),
  ];
  const pdf = await renderPdf({
    title: `${d.name[0]!.toUpperCase()}${d.name.slice(1)} ${d.date}`,
    subject: `Planwright ${d.title.toLowerCase()}`,
    created: new Date(d.printedAt),
    footer: `Planwright ${d.name} · ${d.date} · ${who} · printed ${d.printedAt.slice(0, 16).replace('T', ' ')} UTC`,
    blocks,
  });
  return { file_name: `${d.name}-${d.date}${d.team ? `-${d.team.replace(/[^A-Za-z0-9_-]/g, '_')}` : ''}.pdf`, pdf };
}
