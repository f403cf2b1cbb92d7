// One journey through the app that both transports must pass alike (the "ipc" project runs it
// through the desktop app's preload bridge and IPC handler, the default one through the browser
// host): a scenario is created, a job moved inside it — which must reach the scenario and never
// the live plan —, compared, promoted; the promotion undone and redone; the week published.
import path from 'node:path';
import { expect, test } from './fixtures';
import { DAY, card, cell, dragAndDrop, importRuleSet, tray } from './diary.helpers';

const inDiary = (csv: string, ref: string) => csv.split('\n').some((line) => line.startsWith(`${ref},`));

test('scenario create, a move inside it, compare, promote; undo; publish', async ({ page, workspace }) => {
  test.slow(); // one long journey: the default 60 s is tight on a loaded machine
  importRuleSet(workspace);
  await page.goto(workspace.link('?view=scenarios'));
  await page.getByRole('button', { name: 'New scenario…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New scenario' });
  await dialog.getByLabel('Scenario name').fill('Storm cover');
  await dialog.getByRole('button', { name: 'Create scenario' }).click();
  await expect(page.getByRole('status')).toContainText('Created scenario "Storm cover"');

  // A move on the board inside the scenario.
  await page.goto(workspace.link(`?view=diary&date=${DAY}`));
  await expect(page.getByRole('region', { name: 'Scenario in use' })).toContainText('Scenario: Storm cover');
  await dragAndDrop(page, card(tray(page), 'J-1002'), cell(page, 'OP-1', DAY));
  await expect(page.getByRole('status')).toHaveText('J-1002 placed on Olivia Good, Tue 5 Jan 2027 at 08:00');
  expect(inDiary(workspace.cli(['export', '--what', 'diary', '--out', '-', '--scenario', 'Storm cover']), 'J-1002')).toBe(true);
  expect(inDiary(workspace.cli(['export', '--what', 'diary', '--out', '-']), 'J-1002')).toBe(false);

  // Compare it with the live plan.
  await page.goto(workspace.link('?view=scenarios'));
  const compare = page.getByRole('region', { name: 'Compare plans' });
  await compare.getByLabel('Plan A').selectOption('base');
  await compare.getByLabel('Plan B').selectOption('Storm cover');
  await compare.getByRole('button', { name: 'Compare' }).click();
  await expect(compare.getByRole('table', { name: 'KPIs side by side' }).locator('tr[data-kpi="Jobs placed"] td')).toHaveText(['0', '1']);
  await expect(compare.getByRole('table', { name: 'Differing jobs' }).locator('tr[data-job-ref="J-1002"]')).toContainText('Added');

  // Promote into the live plan; undo it; redo it.
  await page.getByRole('region', { name: 'Scenario in use' }).getByRole('button', { name: 'Promote…' }).click();
  await page
    .getByRole('dialog', { name: 'Promote scenario "Storm cover"' })
    .getByRole('button', { name: 'Promote into live plan' })
    .click();
  await expect(page.getByRole('status')).toContainText('Promoted "Storm cover" into the live plan');
  expect(inDiary(workspace.cli(['export', '--what', 'diary', '--out', '-']), 'J-1002')).toBe(true);
  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Undid: Promote/);
  expect(inDiary(workspace.cli(['export', '--what', 'diary', '--out', '-']), 'J-1002')).toBe(false);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('status')).toHaveText(/^Redid: Promote/);
  expect(inDiary(workspace.cli(['export', '--what', 'diary', '--out', '-']), 'J-1002')).toBe(true);

  // Publish the week.
  await page.goto(workspace.link(`?view=publish&date=${DAY}`));
  const checks = page.getByLabel('Pre-publish checks');
  await expect(checks).toContainText(/\d+ visits? for \d+ operatives?/);
  const reason = page.getByLabel(/Override reason/);
  if (await reason.isVisible()) await reason.fill('Checked with the supervisor for this week');
  await page.getByLabel(/^Output folder/).fill(path.join(workspace.dir, 'packs'));
  await page.getByLabel('Choose a passphrase for the new signing key').fill('transport test');
  await page.getByLabel('Type the passphrase again').fill('transport test');
  await page.getByRole('button', { name: 'Publish version 1' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Published version 1: 1 visits?, /);
  expect(workspace.cli(['packs']).split('\n')[1]).toMatch(/^1\t2027-01-04\.\.2027-01-10\t/);
});
