// The planning board through the real host: while dragging, every visible day cell says ok /
// warn / blocked and each row says why (trade, certificate expiry, flag, absence, shift, overtime);
// a blocked drop leaves the job unscheduled and says why; Override… places it with a recorded
// reason; a valid drop persists across reload; undo restores it; keyboard dragging works.
import { expect, test } from './fixtures';
import { CASES, DAY, SATURDAY, card, cell, dragAndDrop, hover, importRuleSet, openBoard, pickUpAndHover, row, tray } from './diary.helpers';

test.use({ colorScheme: 'light' });

test.beforeEach(({ workspace }) => importRuleSet(workspace));

test('board layout: rows, day cells, cards and the Unscheduled tray', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  await expect(page.getByRole('heading', { level: 1, name: 'Diary' })).toBeVisible();
  for (const id of Object.keys(CASES)) await expect(row(page, id)).toHaveCount(1);
  // Mon–Sun of the focus date's week.
  await expect(row(page, 'OP-1').locator('[data-date]')).toHaveCount(7);
  await expect(cell(page, 'OP-5', DAY)).toContainText(/leave/i);
  await expect(row(page, 'OP-5')).toContainText(/leave 4 Jan–8 Jan/i); // absence marker for the visible days
  await expect(cell(page, 'OP-1', SATURDAY)).toContainText('Off');
  await expect(row(page, 'OP-4')).toContainText('No GAS work');
  const job = card(tray(page), 'J-1002');
  await expect(job).toBeVisible();
  await expect(page.getByRole('button', { name: /^J-1002\b/ })).toBeVisible();
  // No second live region: dnd-kit's announcements go to the app's status bar.
  await expect(page.getByRole('status')).toHaveCount(1);
});

test('while dragging, every cell shows ok / warn / blocked and each row shows its reason', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  await pickUpAndHover(page, card(tray(page), 'J-1002'), cell(page, 'OP-1', DAY));

  for (const [id, c] of Object.entries(CASES)) {
    await expect(cell(page, id, DAY), `${c.name} on ${DAY}`).toHaveAttribute('data-drop', c.drop);
    await expect(row(page, id), `${c.name}'s reason`).toContainText(c.reason);
  }
  // Every visible day cell carries a state; the weekend is blocked for Mon–Fri operatives.
  const cells = page.locator('[role="row"][data-operative-id] [data-date]');
  const states = await cells.evaluateAll((els) => els.map((e) => e.getAttribute('data-drop')));
  expect(states.length).toBe(7 * 7);
  expect(states.every((s) => s === 'ok' || s === 'warn' || s === 'blocked')).toBe(true);
  await expect(cell(page, 'OP-1', SATURDAY)).toHaveAttribute('data-drop', 'blocked');
  // The hovered cell explains itself to assistive tech too.
  await hover(page, cell(page, 'OP-2', DAY));
  await expect(cell(page, 'OP-2', DAY)).toHaveAttribute('aria-description', /needs GAS ≥ 3/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status')).toContainText('cancelled');
  await expect(cells.first()).not.toHaveAttribute('data-drop', /.*/);
});

test('a blocked drop leaves the job unscheduled and says why; Override… places it with a logged reason', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  await dragAndDrop(page, card(tray(page), 'J-1002'), cell(page, 'OP-2', DAY));

  await expect(page.getByRole('status')).toContainText('J-1002 not placed: J-1002 needs GAS ≥ 3; Ben Shaw has GAS 2');
  await expect(card(tray(page), 'J-1002')).toBeVisible();
  await expect(card(cell(page, 'OP-2', DAY), 'J-1002')).toHaveCount(0);

  await page.getByRole('button', { name: 'Override…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Override placement' });
  await expect(dialog).toContainText('trade-proficiency');
  const place = dialog.getByRole('button', { name: 'Place anyway' });
  await expect(place).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Reason for override' }).fill('Supervised by Olivia on site');
  await place.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('J-1002 placed on Ben Shaw, Tue 5 Jan 2027 at 08:00 (override recorded)');
  await expect(card(cell(page, 'OP-2', DAY), 'J-1002')).toBeVisible();
  await expect(card(tray(page), 'J-1002')).toHaveCount(0);

  await page.getByRole('button', { name: 'Override log' }).click();
  const log = page.getByRole('dialog', { name: 'Override log' });
  await expect(log.getByRole('table', { name: 'Overrides' })).toContainText('trade-proficiency');
  await expect(log).toContainText('Supervised by Olivia on site');
  await expect(log).toContainText('J-1002');
});

test('a valid drop is stored: it survives reload, and undo puts it back in the tray', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  await dragAndDrop(page, card(tray(page), 'J-1002'), cell(page, 'OP-1', DAY));
  await expect(page.getByRole('status')).toHaveText('J-1002 placed on Olivia Good, Tue 5 Jan 2027 at 08:00');
  const placed = card(cell(page, 'OP-1', DAY), 'J-1002');
  await expect(placed).toBeVisible();
  await expect(placed).toContainText('08:00');
  await expect(cell(page, 'OP-1', DAY)).toContainText('%'); // the fill bar

  await page.reload();
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toBeVisible();
  await expect(card(tray(page), 'J-1002')).toHaveCount(0);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toHaveText(/^Undid: Move J-1002/);
  await expect(card(tray(page), 'J-1002')).toBeVisible();
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toHaveCount(0);
  await page.reload();
  await expect(card(tray(page), 'J-1002')).toBeVisible();

  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('status')).toHaveText(/^Redid: Move J-1002/);
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toBeVisible();
});

test('cell to cell, reorder within a day, and back to the tray', async ({ page, workspace }) => {
  workspace.cli(['assign', '--job', 'J-1004', '--operative', 'OP-1', '--date', DAY]);
  workspace.cli(['assign', '--job', 'J-1002', '--operative', 'OP-1', '--date', DAY]);
  await openBoard(page, workspace);
  const day = cell(page, 'OP-1', DAY);
  const refs = () => day.locator('[data-job-ref]').evaluateAll((els) => els.map((e) => e.getAttribute('data-job-ref')));
  await expect.poll(refs).toEqual(['J-1004', 'J-1002']);

  // Reorder: J-1002 above J-1004.
  const first = card(day, 'J-1004');
  const box = (await first.boundingBox())!;
  const from = card(day, 'J-1002');
  const a = (await from.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 5, a.y + a.height / 2 - 3, { steps: 3 });
  await page.mouse.move(box.x + box.width / 2, box.y + 2, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByRole('status')).toContainText('J-1002 placed on Olivia Good, Tue 5 Jan 2027 at 08:00');
  await expect.poll(refs).toEqual(['J-1002', 'J-1004']);

  // To another day.
  await dragAndDrop(page, card(day, 'J-1004'), cell(page, 'OP-1', '2027-01-06'));
  await expect(page.getByRole('status')).toContainText('J-1004 placed on Olivia Good, Wed 6 Jan 2027');
  await expect(card(cell(page, 'OP-1', '2027-01-06'), 'J-1004')).toBeVisible();

  // Back to the tray.
  await dragAndDrop(page, card(page, 'J-1004'), tray(page));
  await expect(page.getByRole('status')).toHaveText('J-1004 moved to Unscheduled');
  await expect(card(tray(page), 'J-1004')).toBeVisible();
});

test('multi-select moves several jobs in one step', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  await card(tray(page), 'J-1002').click();
  await card(tray(page), 'J-1004').click({ modifiers: ['Control'] });
  await expect(page.getByRole('region', { name: 'Selected jobs' })).toContainText('2 jobs selected');
  await dragAndDrop(page, card(tray(page), 'J-1002'), cell(page, 'OP-1', DAY));
  await expect(page.getByRole('status')).toContainText('J-1002 and J-1004 placed on Olivia Good, Tue 5 Jan 2027');
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toBeVisible();
  await expect(card(cell(page, 'OP-1', DAY), 'J-1004')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toHaveText(/^Undid: Move 2 jobs/);
  await expect(card(tray(page), 'J-1002')).toBeVisible();
  await expect(card(tray(page), 'J-1004')).toBeVisible();
});

test('keyboard drag: Space picks up, arrows move between operatives and days, Space drops, Escape cancels', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  const job = card(tray(page), 'J-1002');
  await job.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toContainText('Picked up J-1002 from the Unscheduled tray');
  await page.keyboard.press('ArrowDown'); // enters the board: first operative, focus day
  await expect(page.getByRole('status')).toHaveText(/^Over Olivia Good, Tue 5 Jan 2027: ok starting 08:00/);
  await expect(cell(page, 'OP-1', DAY)).toHaveAttribute('data-drop', 'ok');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('status')).toContainText('Over Ben Shaw, Tue 5 Jan 2027: blocked');
  await expect(page.getByRole('status')).toContainText('needs GAS ≥ 3');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status')).toContainText('Move of J-1002 cancelled');
  await expect(card(tray(page), 'J-1002')).toBeVisible();

  await job.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status')).toContainText('Over Olivia Good, Wed 6 Jan 2027: ok');
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toHaveText('J-1002 placed on Olivia Good, Wed 6 Jan 2027 at 08:00');
  const placed = card(cell(page, 'OP-1', '2027-01-06'), 'J-1002');
  await expect(placed).toBeVisible();
  await expect(placed).toBeFocused();
});
