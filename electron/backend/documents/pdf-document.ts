// A small document builder over pdfkit: titles, headings, paragraphs, key facts and tables that
// break across pages (repeating their header), with a running footer ("page n of m"). Printable
// day sheets use it now; the start-of-day briefing (issue 15) can reuse it. Plain Node, no
// browser: the backend, the CLI and the host all print the same bytes.
import PDFDocument from 'pdfkit';
import { winAnsi } from './win-ansi';

export interface Column {
  header: string;
  /** Share of the text width (the shares of a table's columns are scaled to fill it). */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string; muted?: boolean; bold?: boolean }
  | { kind: 'facts'; items: [label: string, value: string][] }
  | { kind: 'table'; columns: Column[]; rows: string[][] }
  | { kind: 'space'; lines?: number }
  | { kind: 'page-break' };

export interface DocumentSpec {
  title: string;
  author?: string;
  subject?: string;
  /** Stamped in the file's metadata (deterministic output for a given input). */
  created: Date;
  landscape?: boolean;
  /** Left of the footer on every page; the page number sits on the right. */
  footer?: string;
  blocks: Block[];
}

const MARGIN = 40;
const INK = '#111111';
const MUTED = '#555555';
const RULE = '#BBBBBB';

export function renderPdf(spec: DocumentSpec): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: spec.landscape ? 'landscape' : 'portrait',
    margins: { top: MARGIN, bottom: MARGIN + 16, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: winAnsi(spec.title),
      Author: winAnsi(spec.author ?? 'Planwright'),
      Subject: winAnsi(spec.subject ?? ''),
      Creator: 'Planwright',
      Producer: 'Planwright (pdfkit)',
      CreationDate: spec.created,
      ModDate: spec.created,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const b of spec.blocks) draw(doc, b);
  footers(doc, spec.footer ?? '');
  doc.end();
  return done;
}

function draw(doc: PDFKit.PDFDocument, b: Block): void {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const x = doc.page.margins.left;
  switch (b.kind) {
    case 'title':
      doc.font('Helvetica-Bold').fontSize(16).fillColor(INK).text(winAnsi(b.text), x, doc.y, { width });
      doc.moveDown(0.3);
      return;
    case 'heading':
      ensureRoom(doc, 40);
      doc.moveDown(0.4).font('Helvetica-Bold').fontSize(12).fillColor(INK).text(winAnsi(b.text), x, doc.y, { width });
      doc.moveDown(0.2);
      return;
    case 'text':
      doc
        .font(b.bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(9.5)
        .fillColor(b.muted ? MUTED : INK)
        .text(winAnsi(b.text), x, doc.y, { width });
      return;
    case 'facts':
      doc.fontSize(9.5).fillColor(INK);
      for (const [label, value] of b.items) {
        doc.font('Helvetica-Bold').text(`${winAnsi(label)}: `, x, doc.y, { continued: true, width });
        doc.font('Helvetica').text(winAnsi(value));
      }
      return;
    case 'table':
      table(doc, b.columns, b.rows, x, width);
      return;
    case 'space':
      doc.moveDown(b.lines ?? 1);
      return;
    case 'page-break':
      doc.addPage();
      return;
  }
}

function bottom(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

function ensureRoom(doc: PDFKit.PDFDocument, h: number): void {
  if (doc.y + h > bottom(doc)) doc.addPage();
}

const PAD = 3;

function table(doc: PDFKit.PDFDocument, columns: Column[], rows: string[][], x: number, width: number): void {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * width);
  const cellHeight = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    return Math.max(...cells.map((t, i) => doc.heightOfString(winAnsi(t), { width: widths[i]! - 2 * PAD }))) + 2 * PAD;
  };
  const drawRow = (cells: string[], bold: boolean, h: number) => {
    const y = doc.y;
    let cx = x;
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(8.5)
      .fillColor(INK);
    cells.forEach((t, i) => {
      doc.text(winAnsi(t), cx + PAD, y + PAD, { width: widths[i]! - 2 * PAD, align: columns[i]!.align ?? 'left' });
      cx += widths[i]!;
    });
    doc
      .moveTo(x, y + h)
      .lineTo(x + width, y + h)
      .lineWidth(bold ? 0.8 : 0.4)
      .strokeColor(RULE)
      .stroke();
    doc.x = x;
    doc.y = y + h;
  };
  const headers = columns.map((c) => c.header);
  const headerHeight = cellHeight(headers, true);
  ensureRoom(doc, headerHeight + 20);
  drawRow(headers, true, headerHeight);
  for (const row of rows) {
    const h = cellHeight(row, false);
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      drawRow(headers, true, headerHeight);
    }
    drawRow(row, false, h);
  }
  doc.moveDown(0.5);
}

function footers(doc: PDFKit.PDFDocument, text: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - doc.page.margins.bottom + 6;
    const w = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    // Writing inside the bottom margin must not trigger a page break: pin the margin while drawing.
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(7.5).fillColor(MUTED);
    doc.text(winAnsi(text), doc.page.margins.left, y, { width: w, align: 'left', lineBreak: false });
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, doc.page.margins.left, y, { width: w, align: 'right', lineBreak: false });
    doc.page.margins.bottom = saved;
  }
}
