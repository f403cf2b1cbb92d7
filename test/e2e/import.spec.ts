// CSV import from the UI against a fresh (empty) workspace: the good fixture set lands in
// the tables; a set with one bad row is rejected whole with file/line/field errors; and
// the import is undoable from the keyboard, persistently.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const GOOD = path.resolve('test/fixtures/csv/good');
const BAD = path.resolve('test/fixtures/csv/bad');

const good = (f: string) => path.join(GOOD, f);

async function importFiles(page: Page, files: Record<'operatives' | 'jobs' | 'absences' | 'flags', string>) {
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import CSV' });
  await expect(dialog).toBeVisible();
  for (const [kind, file] of Object.entries(files)) await dialog.getByLabel(`${kind}.csv`).setInputFiles(file);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  return dialog;
}

const GOOD_SET = {
  operatives: good('operatives.csv'),
  jobs: good('jobs.csv'),
  absences: good('absences.csv'),
  flags: good('flags.csv'),
};

test('importing the good fixtures fills the Jobs and Operatives tables', async ({ page, workspace }) => {
  await page.goto(workspace.link('?view=jobs'));
  await expect(page.getByText('0 of 0 jobs')).toBeVisible();

  const dialog = await importFiles(page, GOOD_SET);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(/^Imported 6 operatives, 20 jobs, 3 absences, 3 flags, 6 dependencies\.$/);
  // Focus goes back to the button that opened the dialog.
  await expect(page.getByRole('button', { name: 'Import CSV…' })).toBeFocused();

  const jobs = page.getByRole('table', { name: 'Jobs', exact: true });
  await expect(page.getByText('20 of 20 jobs')).toBeVisible();
  const row = jobs.locator('[data-job-ref="J-1001"]');
  await expect(row).toContainText('14 Brudenell Road');
  await expect(row).toContainText('EMERGENCY');
  await expect(row.locator('time')).toHaveAttribute('datetime', '2027-01-05T07:42');
  await expect(jobs.locator('[data-job-ref="J-1012"]')).toContainText('J-1010, J-1011');
  await expect(page.locator('header')).toContainText('20 jobs');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /^Undo Import /);

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Operatives' }).click();
  const ops = page.getByRole('table', { name: 'Operatives', exact: true });
  await expect(page.getByText('6 of 6 operatives')).toBeVisible();
  const aisha = ops.locator('[data-operative-id="OP-001"]');
  await expect(aisha).toContainText('Aisha Khan');
  await expect(aisha).toContainText('GAS 4 · PLUMB 3');
  await expect(aisha).toContainText('Anywhere');
  await expect(ops.locator('[data-operative-id="OP-003"]')).toContainText('DO_NOT_SEND competence:GAS_SAFE');
  await expect(ops.locator('[data-operative-id="OP-004"]')).toContainText('LS8, LS9');
});

test('a set with one bad row imports nothing and lists file, line and field', async ({ page, workspace }) => {
  await page.goto(workspace.link('?view=jobs'));
  await expect(page.getByText('0 of 0 jobs')).toBeVisible();

  const dialog = await importFiles(page, { ...GOOD_SET, jobs: path.join(BAD, 'jobs-bad-date.csv') });
  const errors = dialog.getByRole('list', { name: 'Import errors' });
  await expect(errors).toBeVisible();
  await expect(errors.getByRole('listitem')).toHaveCount(1);
  await expect(errors.getByRole('listitem').first()).toHaveText(/^jobs\.csv line 7, raised_at: .+/);
  await expect(dialog.getByText('Nothing was imported.')).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Nothing was imported');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('0 of 0 jobs')).toBeVisible();
  await expect(page.getByText('No jobs yet.', { exact: false })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Undo' })).toBeDisabled();

  // Not even the valid operatives went in.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Operatives' }).click();
  await expect(page.getByText('0 of 0 operatives')).toBeVisible();
});

test('Ctrl+Z undoes an import (and survives reload); Ctrl+Shift+Z redoes it', async ({ page, workspace }) => {
  await page.goto(workspace.link('?view=jobs'));
  const dialog = await importFiles(page, GOOD_SET);
  await expect(dialog).toBeHidden();
  await expect(page.getByText('20 of 20 jobs')).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(page.getByText('0 of 0 jobs')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/^Undid: Import /);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Undo' })).toBeDisabled();

  await page.reload();
  await expect(page.getByRole('table', { name: 'Jobs', exact: true })).toBeVisible();
  await expect(page.getByText('0 of 0 jobs')).toBeVisible();
  const redo = page.getByRole('banner').getByRole('button', { name: 'Redo' });
  await expect(redo).toBeEnabled();
  await expect(redo).toHaveAttribute('title', /^Redo Import /);

  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByText('20 of 20 jobs')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/^Redid: Import /);
  await expect(page.getByRole('table', { name: 'Jobs', exact: true }).locator('[data-job-ref="J-1001"]')).toBeVisible();

  // Typing in the filter keeps Ctrl+Z for the text field, not the workspace.
  const filter = page.getByRole('searchbox', { name: 'Filter jobs' });
  await filter.fill('J-1001');
  await filter.press('Control+z');
  await filter.fill('');
  await expect(page.getByText('20 of 20 jobs')).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Undo' })).toBeEnabled();
});

test('the SLA column counts down from the current time and marks overdue jobs', async ({ page, workspace }) => {
  // 10:00 on Tue 5 Jan 2027 (GMT): J-1001's 24-hour emergency deadline passed at 07:42.
  await page.clock.setFixedTime(new Date('2027-01-05T10:00:00Z'));
  await page.goto(workspace.link('?view=jobs'));
  await expect(await importFiles(page, GOOD_SET)).toBeHidden();

  const jobs = page.getByRole('table', { name: 'Jobs', exact: true });
  await expect(jobs.locator('[data-job-ref="J-1001"]')).toContainText('Overdue 2h 18m');
  await expect(jobs.locator('[data-job-ref="J-1002"]')).toContainText('8 Jan 2027 23:59');
  await expect(jobs.locator('[data-job-ref="J-1002"]')).toContainText('3d left');
  await expect(jobs.locator('[data-job-ref="J-1017"]')).toContainText('6d left');
  // Earliest deadline first, so the overdue emergency leads the table.
  await expect(jobs.locator('[data-job-ref]').first()).toHaveAttribute('data-job-ref', 'J-1001');

  await page.clock.setFixedTime(new Date('2027-01-09T00:30:00Z'));
  await page.reload();
  await expect(jobs.locator('[data-job-ref="J-1002"]')).toContainText('Overdue 31m');
});
