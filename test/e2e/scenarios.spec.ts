// What-if scenarios through the real host: fork from the header, see which plan is in use,
// compare it with the live plan side by side.
import path from 'node:path';
import { test, expect } from './fixtures';

const GOOD = path.resolve('test/fixtures/csv/good');

test('a scenario is forked, clearly marked, and compared with the live plan', async ({ page, workspace }) => {
  workspace.cli(['import', '--operatives', `${GOOD}/operatives.csv`, '--jobs', `${GOOD}/jobs.csv`]);
  await page.goto(workspace.link('?view=scenarios'));
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();

  await page.getByRole('button', { name: 'New scenario…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New scenario' });
  await dialog.getByLabel('Scenario name').fill('Storm cover');
  await dialog.getByRole('button', { name: 'Create scenario' }).click();
  await expect(page.getByRole('status')).toContainText('Created scenario "Storm cover"');

  // The plan in use is unmistakable: banner, frame and title.
  await expect(page.getByRole('region', { name: 'Scenario in use' })).toContainText('Scenario: Storm cover');
  await expect(page.locator('.app')).toHaveAttribute('data-scenario', 'Storm cover');
  await expect(page).toHaveTitle('Planwright — Scenario: Storm cover');
  await expect(page.getByLabel('Plan in use')).toHaveValue('Storm cover');

  // A change made inside the scenario (here by the CLI) never reaches the live plan.
  workspace.cli(['assign', '--scenario', 'Storm cover', '--job', 'J-1002', '--operative', 'OP-001', '--date', '2027-01-05']);

  const compare = page.getByRole('region', { name: 'Compare plans' });
  await compare.getByLabel('Plan A').selectOption('base');
  await compare.getByLabel('Plan B').selectOption('Storm cover');
  await compare.getByRole('button', { name: 'Compare' }).click();
  const kpis = compare.getByRole('table', { name: 'KPIs side by side' });
  await expect(kpis.locator('tr[data-kpi="Jobs placed"] td')).toHaveText(['0', '1']);
  const changes = compare.getByRole('table', { name: 'Differing jobs' });
  await expect(changes.locator('tr[data-job-ref="J-1002"]')).toContainText('Added');
  await expect(changes.locator('tr[data-job-ref="J-1002"]')).toContainText('OP-001 · 2027-01-05');
  await expect(compare.getByRole('figure', { name: 'SLA breaches by priority' })).toBeVisible();

  // Back on the live plan the job is still unscheduled.
  await page.getByRole('button', { name: 'Back to live plan' }).click();
  await expect(page.locator('.app')).not.toHaveAttribute('data-scenario', /.*/);
  await page.goto(workspace.link('?view=jobs'));
  await expect(page.locator('[data-job-ref="J-1002"]')).toContainText('Unscheduled');
});
