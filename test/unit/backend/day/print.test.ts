// Printable day sheets are real PDF files: Debian's pdftotext (poppler-utils) reads the refs back.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../../../shared/api/contract';
import { call, tempDir } from '../temp-workspace';
import { refused, withGoodFixtures, type Ws } from './helpers';

type Sheets = ApiOutput<'print/create-day-sheets'>;
const TUE = '2027-01-05';

function pdfText(bytes: Buffer): string {
  const file = path.join(tempDir(), 'sheet.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

async function placed(): Promise<Ws> {
  const ws = await withGoodFixtures();
  await call(ws, 'diary/assign-job', { ref: 'J-1017', operative_id: 'OP-001', date: TUE });
  await call(ws, 'diary/assign-job', { ref: 'J-1019', operative_id: 'OP-001', date: TUE });
  await call(ws, 'diary/assign-job', { ref: 'J-1009', operative_id: 'OP-003', date: TUE });
  return ws;
}

describe('print/create-day-sheets', () => {
  it("one operative's sheet: a PDF whose text holds their refs in order, times and addresses", async () => {
    const ws = await placed();
    const r = await call<Sheets>(ws, 'print/create-day-sheets', { date: TUE, operative_ids: ['OP-001'] });
    const pdf = Buffer.from(r.pdf_base64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(r).toMatchObject({ file_name: `day-sheet-${TUE}-OP-001.pdf`, operatives: 1, jobs: 2, pages: 1, bytes: pdf.length });
    const text = pdfText(pdf);
    expect(text).toContain('Day sheet: Aisha Khan (OP-001)');
    expect(text).toContain('Tuesday 5 Jan 2027');
    expect(text.indexOf('J-1017')).toBeGreaterThan(-1);
    expect(text.indexOf('J-1019')).toBeGreaterThan(text.indexOf('J-1017'));
    expect(text).not.toContain('J-1009');
    expect(text).toMatch(/Do not call before 11:00/); // the job's notes travel with the sheet
    ws.close();
  });

  it("the team's sheet: a cover listing everyone working, then a page each, with every placed ref", async () => {
    const ws = await placed();
    const r = await call<Sheets>(ws, 'print/create-day-sheets', { date: TUE });
    const text = pdfText(Buffer.from(r.pdf_base64, 'base64'));
    expect(text).toContain('Team day sheet: Tuesday 5 Jan 2027');
    for (const ref of ['J-1017', 'J-1019', 'J-1009']) expect(text).toContain(ref);
    expect(r.pages).toBe(r.operatives + 1);
    expect(r.jobs).toBeGreaterThanOrEqual(3);
    ws.close();
  });

  it('refuses an unknown operative', async () => {
    const ws = await withGoodFixtures();
    expect((await refused(ws, 'print/create-day-sheets', { date: TUE, operative_ids: ['OP-404'] }, 'NOT_FOUND')).message).toMatch(/OP-404/);
    ws.close();
  });
});
