// The auto-schedule preview on the board, through the real host: before Accept the proposed
// placements are ghost cards (the jobs still in the tray); after Accept the new placements are
// highlighted until cleared; Reject leaves no ghost behind.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { card, importRuleSet, openBoard, tray } from './diary.helpers';

test.beforeEach(({ workspace }) => importRuleSet(workspace));

async function preview(page: Page) {
  await page.getByRole('button', { name: 'Auto-schedule…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Auto-schedule' });
  await dialog.getByLabel('Time limit').selectOption('1000'); // binds the search only: the first plan is always finished
  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(dialog.locator('.schedule-summary')).toContainText(/\d+ jobs added/, { timeout: 30_000 });
  return dialog;
}

const board = (page: Page) => page.getByRole('table', { name: 'Diary board' });

test('proposed placements are ghost cards before Accept, highlighted cards after', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  const dialog = await preview(page);
  const ghost = board(page).locator('[data-ghost-ref="J-1002"]');
  await expect(ghost).toBeVisible();
  await expect(ghost).toContainText(/J-1002 \d\d:\d\d/);
  await expect(card(tray(page), 'J-1002')).toHaveCount(1); // not in the diary yet
  await expect(card(board(page), 'J-1002')).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Accept' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(board(page).locator('[data-ghost-ref]')).toHaveCount(0);
  const placed = card(board(page), 'J-1002');
  await expect(placed).toHaveAttribute('data-new-placement', 'true');
  await expect(page.getByRole('note').filter({ hasText: /Auto-schedule placed \d+ jobs?/ })).toBeVisible();
  await page.getByRole('button', { name: 'Clear highlights' }).click();
  await expect(placed).not.toHaveAttribute('data-new-placement', /.*/);
});

test('Reject leaves no ghost on the board', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  const dialog = await preview(page);
  await expect(board(page).locator('[data-ghost-ref]').first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(board(page).locator('[data-ghost-ref]')).toHaveCount(0);
  await expect(card(tray(page), 'J-1002')).toHaveCount(1);
});
