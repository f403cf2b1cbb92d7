// The board's other surfaces: the details panel (fields, notes, dependencies, history) with
// pin/unpin, the tray's search / filter / sort, the day view's hours axis, and the range picker.
import { expect, test } from './fixtures';
import { DAY, card, cell, importRuleSet, openBoard, pickUpAndHover, row, tray } from './diary.helpers';

test.beforeEach(({ workspace }) => importRuleSet(workspace));

test('selecting a card opens its details; pin and unpin a placement', async ({ page, workspace }) => {
  workspace.cli(['assign', '--job', 'J-1002', '--operative', 'OP-1', '--date', DAY]);
  await openBoard(page, workspace);
  const placed = card(cell(page, 'OP-1', DAY), 'J-1002');
  await placed.click();
  const details = page.getByRole('region', { name: 'Job J-1002 details' });
  await expect(details).toContainText('3 Cardigan Lane, Leeds LS4 2LE');
  await expect(details).toContainText('GAS ≥ 3');
  await expect(details).toContainText('GAS_SAFE');
  await expect(details).toContainText('Tenant works nights');
  await expect(details).toContainText('Olivia Good · Tue 5 Jan 2027 · 08:00–09:30');
  await expect(details.getByRole('list')).toContainText('placed');

  await details.getByRole('button', { name: 'Pin' }).click();
  await expect(page.getByRole('status')).toContainText('J-1002 pinned');
  await expect(placed).toHaveAttribute('data-pinned', 'true');
  await expect(placed).toHaveAccessibleName(/^J-1002, .*pinned/);
  await expect(details.getByRole('button', { name: 'Unpin' })).toHaveAttribute('aria-pressed', 'true');
  await details.getByRole('button', { name: 'Unpin' }).click();
  await expect(page.getByRole('status')).toContainText('J-1002 unpinned');
  await expect(placed).not.toHaveAttribute('data-pinned', /.*/);
  await expect(details.getByRole('list')).toContainText('pinned');
});

test('the tray searches by ref or address, filters by trade and sorts by matrix order', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  const t = tray(page);
  const refs = () => t.locator('[data-job-ref]').evaluateAll((els) => els.map((e) => e.getAttribute('data-job-ref')));
  await expect.poll(refs).toHaveLength(3);
  await t.getByRole('searchbox', { name: 'Search unscheduled jobs' }).fill('seacroft');
  await expect.poll(refs).toEqual(['J-1003']);
  await t.getByRole('searchbox', { name: 'Search unscheduled jobs' }).fill('J-1004');
  await expect.poll(refs).toEqual(['J-1004']);
  await t.getByRole('searchbox', { name: 'Search unscheduled jobs' }).fill('');
  await t.getByLabel('Trade').selectOption('GAS');
  await expect.poll(refs).toEqual(expect.arrayContaining(['J-1002', 'J-1004']));
  await expect.poll(refs).toHaveLength(2);
  await t.getByLabel('Trade').selectOption('');
  await t.getByLabel('Sort by').selectOption('matrix');
  // Impact high first, then effort low first.
  await expect.poll(refs).toEqual(['J-1002', 'J-1003', 'J-1004']);
});

test('day view: one day on an hours axis, jobs at their computed times, live states while dragging', async ({ page, workspace }) => {
  workspace.cli(['assign', '--job', 'J-1004', '--operative', 'OP-1', '--date', DAY]);
  await openBoard(page, workspace, `?view=diary&date=${DAY}&span=day`);
  await expect(page.getByRole('radio', { name: 'Day' })).toBeChecked();
  await expect(row(page, 'OP-1').locator('[data-date]')).toHaveCount(1);
  await expect(page.getByRole('columnheader', { name: /Tue 5 Jan/ })).toContainText('09:00');
  await expect(card(cell(page, 'OP-1', DAY), 'J-1004')).toContainText('08:00');
  await pickUpAndHover(page, card(tray(page), 'J-1002'), cell(page, 'OP-1', DAY));
  await expect(cell(page, 'OP-1', DAY)).toHaveAttribute('data-drop', 'ok');
  await expect(cell(page, 'OP-2', DAY)).toHaveAttribute('data-drop', 'blocked');
  await expect(row(page, 'OP-2')).toContainText('needs GAS ≥ 3');
  await page.mouse.up();
  await expect(page.getByRole('status')).toContainText('J-1002 placed on Olivia Good, Tue 5 Jan 2027');
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toBeVisible();
});

test('range picker and jump to date', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  await page.getByRole('radio', { name: '2 weeks' }).check();
  await expect(row(page, 'OP-1').locator('[data-date]')).toHaveCount(14);
  await expect(page).toHaveURL(/span=fortnight/);
  await page.getByRole('radio', { name: 'Week', exact: true }).check();
  await expect(row(page, 'OP-1').locator('[data-date]')).toHaveCount(7);
  await page.getByLabel('Jump to date').fill('2027-01-13');
  await expect(row(page, 'OP-1').locator('[data-date="2027-01-11"]')).toBeVisible();
  await expect(page).toHaveURL(/date=2027-01-13/);
  await page.getByRole('button', { name: 'Previous week' }).click();
  await expect(row(page, 'OP-1').locator('[data-date="2027-01-04"]')).toBeVisible();
  await page.getByRole('radio', { name: 'Custom' }).check();
  // A custom range starts at the focus date (Wed 6 Jan after stepping back a week).
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2027-01-06');
  await page.getByLabel('To', { exact: true }).fill('2027-01-08');
  await expect(row(page, 'OP-1').locator('[data-date]')).toHaveCount(3);
  await expect(page).toHaveURL(/span=custom&to=2027-01-08/);
});

test('keyboard multi-select: Shift+Space selects, one keyboard drag moves them all', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  await card(tray(page), 'J-1002').focus();
  await page.keyboard.press('Shift+Space');
  await card(tray(page), 'J-1004').focus();
  await page.keyboard.press('Shift+Space');
  await expect(page.getByRole('region', { name: 'Selected jobs' })).toContainText('2 jobs selected');
  await expect(card(tray(page), 'J-1002')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toContainText('Picked up 2 jobs (J-1004, J-1002)');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toContainText('J-1004 and J-1002 placed on Olivia Good, Tue 5 Jan 2027');
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toBeVisible();
  await expect(card(cell(page, 'OP-1', DAY), 'J-1004')).toBeVisible();
});
