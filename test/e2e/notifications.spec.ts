// The notification area through the real host: a stored move is a toast with Undo (which undoes
// it, and the toast goes); a refusal stays until dismissed while successes fade; drag narration is
// for screen readers only; the activity list keeps what was said; the board's refusal banner goes
// once another writer has moved the job it was about.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DAY, card, cell, dragAndDrop, importRuleSet, openBoard, pickUpAndHover, tray } from './diary.helpers';

test.beforeEach(({ workspace }) => importRuleSet(workspace));

const toasts = (page: Page) => page.getByRole('region', { name: 'Notifications' });
const toast = (page: Page, text: string | RegExp) => toasts(page).locator('.toast').filter({ hasText: text });

test('a stored move is a toast with Undo; Undo puts the job back and the toast goes', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  await pickUpAndHover(page, card(tray(page), 'J-1002'), cell(page, 'OP-1', DAY));
  await expect(page.getByRole('status')).toHaveText(/^Over Olivia Good/);
  await expect(toasts(page).locator('.toast')).toHaveCount(0); // narration is not a toast
  await page.mouse.up();

  const placed = toast(page, 'J-1002 placed on Olivia Good, Tue 5 Jan 2027 at 08:00');
  await expect(placed).toBeVisible();
  await placed.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Undid: Move J-1002/);
  await expect(card(tray(page), 'J-1002')).toBeVisible();
  await expect(placed).toHaveCount(0);
  // The undo's own toast has nothing further to undo from here.
  await expect(toast(page, /^Undid: Move J-1002/).getByRole('button', { name: 'Undo' })).toHaveCount(0);
});

test('errors stay until dismissed while successes fade; the activity list keeps both', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  await dragAndDrop(page, card(tray(page), 'J-1002'), cell(page, 'OP-2', DAY));
  const refused = toast(page, 'J-1002 not placed: J-1002 needs GAS ≥ 3; Ben Shaw has GAS 2');
  await expect(refused).toBeVisible();
  await expect(refused).toHaveAttribute('data-kind', 'error');

  await dragAndDrop(page, card(tray(page), 'J-1004'), cell(page, 'OP-1', DAY));
  const placed = toast(page, /^J-1004 placed on Olivia Good/);
  await expect(placed).toBeVisible();
  await page.mouse.move(5, 5); // not hovering the toast, which would hold it
  await expect(placed).toHaveCount(0, { timeout: 15_000 });
  await expect(refused).toBeVisible();
  await refused.getByRole('button', { name: 'Dismiss notification' }).click();
  await expect(refused).toHaveCount(0);

  await page.getByRole('button', { name: /^Activity/ }).click();
  const activity = page.getByRole('region', { name: 'Activity' });
  await expect(activity.getByRole('listitem')).toHaveText([/J-1004 placed on Olivia Good/, /J-1002 not placed/]);
});

test("the board's refusal banner goes once the job it describes has been moved elsewhere", async ({ page, workspace }) => {
  await openBoard(page, workspace);
  await dragAndDrop(page, card(tray(page), 'J-1002'), cell(page, 'OP-2', DAY));
  await expect(page.getByRole('button', { name: 'Override…' })).toBeVisible();
  workspace.cli(['assign', '--job', 'J-1002', '--operative', 'OP-1', '--date', DAY]);
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Override…' })).toHaveCount(0);
});
