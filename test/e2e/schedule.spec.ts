// Auto-schedule through the real host: scope, progress, preview with reasons, accept, undo.
import { test, expect } from './fixtures';
import { importGood } from './good-fixture';

test('auto-schedule previews, explains what does not fit, and accept applies it as one undoable step', async ({ page, workspace }) => {
  importGood(workspace);
  await page.goto(workspace.link('?view=jobs&date=2027-01-04'));
  await expect(page.locator('[data-job-ref="J-1002"]')).toContainText('Unscheduled');

  await page.getByRole('button', { name: 'Auto-schedule…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Auto-schedule' });
  await expect(dialog.getByLabel('From', { exact: true })).toHaveValue('2027-01-04');
  await expect(dialog.getByLabel('To', { exact: true })).toHaveValue('2027-01-08');
  // The shortest limit: it counts from pressing Start (worker start and reading the workspace
  // included), and binds only the search: the first complete plan is always finished, so even a
  // loaded machine places the 20 jobs.
  await dialog.getByLabel('Time limit').selectOption('1000');
  await dialog.getByRole('button', { name: 'Start' }).click();

  const summary = dialog.locator('.schedule-summary');
  await expect(summary).toContainText(/\d+ jobs added, 0 moved, \d+ still unplaced/, { timeout: 30_000 });
  await expect(summary).toContainText('Every placement passes the hard rules.');
  await expect(dialog.getByRole('table', { name: 'KPI changes' }).locator('tr[data-kpi="Jobs placed"]')).toContainText('0 →');
  const unplaced = dialog.getByRole('region', { name: 'Still unplaced' });
  if (await unplaced.count()) await expect(unplaced.locator('li[data-job-ref]').first()).not.toBeEmpty();

  await dialog.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('status')).toContainText('Auto-schedule applied');
  await expect(page.locator('[data-job-ref]').filter({ hasText: 'Unscheduled' })).not.toHaveCount(20);

  await page.reload();
  // Wait for the reloaded table before counting, then check the placements were stored.
  await expect(page.locator('[data-job-ref]')).toHaveCount(20);
  await expect.poll(() => page.locator('[data-job-ref]').filter({ hasNotText: 'Unscheduled' }).count()).toBeGreaterThan(0);
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-job-ref]').filter({ hasText: 'Unscheduled' })).toHaveCount(20);
});
