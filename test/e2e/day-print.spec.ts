// Issue 13, done-when: a day sheet printed from the app is a real PDF (the file the UI downloads)
// whose text, read back by Debian's pdftotext, holds the refs of that day — per operative and per team.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { assign, importTeam, placeOnCarla, tomorrow } from './day-forms.helpers';

async function printAndRead(page: Page, dir: string, choose: (dialog: ReturnType<Page['getByRole']>) => Promise<void>): Promise<string> {
  await page.getByRole('button', { name: 'Print day sheets…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print day sheets' });
  await expect(dialog.getByLabel('Day')).toHaveValue(tomorrow()); // the diary's focus date
  await choose(dialog);
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download PDF' }).click()]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

test('day sheets from the app: one operative, then a team, as PDFs holding the refs', async ({ page, request, workspace }) => {
  await importTeam(request, workspace);
  await placeOnCarla(request, workspace);
  await page.goto(workspace.link(`?view=diary&date=${tomorrow()}`));

  const one = await printAndRead(page, workspace.dir, async (d) => {
    await d.getByLabel('One operative').check();
    await d.getByLabel('Operative', { exact: true }).selectOption('OP-3');
  });
  expect(one).toContain('Carla Cert');
  expect(one).toContain('J-2001');
  expect(one).toContain('J-2003');
  expect(one).not.toContain('J-2002'); // the day after

  await assign(request, workspace, 'J-2002', 'OP-1', tomorrow(), '10:00');
  const team = await printAndRead(page, workspace.dir, async (d) => {
    await d.getByLabel('A team').check();
    await d.getByRole('group', { name: 'Team' }).getByLabel('Carla Cert').check();
    await d.getByRole('group', { name: 'Team' }).getByLabel('Olivia Near').check();
  });
  for (const text of ['Carla Cert', 'Olivia Near', 'J-2001', 'J-2002', 'J-2003']) expect(team).toContain(text);
});
