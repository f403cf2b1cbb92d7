// Optimistic placement (issue 13, drop-to-stored): a dropped card is drawn where it was dropped at
// once, pending until the backend has stored the move; a move the backend refuses puts the card
// back where it was, with the reason. Each move is held in flight (until the test has looked) by
// routing the real request through, never by answering it for the backend.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DAY, card, cell, dragAndDrop, importRuleSet, openBoard, tray } from './diary.helpers';

test.beforeEach(({ workspace }) => importRuleSet(workspace));

/** Holds every diary/move-job request until the returned function is called. */
async function holdMoves(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/diary/move-job', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('a dropped card shows in its new place at once, pending until stored, and is still there after reload', async ({
  page,
  workspace,
}) => {
  await openBoard(page, workspace);
  const release = await holdMoves(page);
  await dragAndDrop(page, card(tray(page), 'J-1002'), cell(page, 'OP-1', DAY));

  // Before any answer: in the day it was dropped on, marked as saving, and out of the tray.
  const placed = card(cell(page, 'OP-1', DAY), 'J-1002');
  await expect(placed).toHaveAttribute('data-pending', 'true');
  await expect(placed).toContainText('08:00');
  await expect(card(tray(page), 'J-1002')).toHaveCount(0);
  await expect(page.getByRole('status')).not.toContainText('placed on');

  release();
  await expect(page.getByRole('status')).toHaveText('J-1002 placed on Olivia Good, Tue 5 Jan 2027 at 08:00');
  await expect(placed).not.toHaveAttribute('data-pending');
  await expect(card(page, 'J-1002')).toHaveCount(1);

  await page.unroute('**/api/diary/move-job');
  await page.reload();
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toBeVisible();
  await expect(card(tray(page), 'J-1002')).toHaveCount(0);
});

test('a drop the backend refuses puts the card back where it was, with the rule’s reason', async ({ page, workspace }) => {
  workspace.cli(['assign', '--job', 'J-1002', '--operative', 'OP-1', '--date', DAY]);
  await openBoard(page, workspace);
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toBeVisible();
  const release = await holdMoves(page);

  // Walter Late's day can take J-1002 as the board sees it (a warning: overtime)…
  await dragAndDrop(page, card(cell(page, 'OP-1', DAY), 'J-1002'), cell(page, 'OP-7', DAY));
  await expect(card(cell(page, 'OP-7', DAY), 'J-1002')).toHaveAttribute('data-pending', 'true');
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toHaveCount(0);

  // …but another planner fills his morning before the move reaches the backend: beyond overtime now.
  workspace.cli(['assign', '--job', 'J-1004', '--operative', 'OP-7', '--date', DAY]);
  release();
  const status = page.getByRole('status');
  await expect(status).toContainText('J-1002 not placed');
  await expect(status).toContainText("beyond Walter Late's 08:00–09:30 shift plus 60 min overtime");
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toBeVisible();
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).not.toHaveAttribute('data-pending');
  await expect(card(cell(page, 'OP-7', DAY), 'J-1002')).toHaveCount(0);
  await expect(card(cell(page, 'OP-7', DAY), 'J-1004')).toBeVisible();
  await expect(card(page, 'J-1002')).toHaveCount(1);
});

test('a card dropped on the tray leaves its day at once and stays unscheduled after reload', async ({ page, workspace }) => {
  workspace.cli(['assign', '--job', 'J-1002', '--operative', 'OP-1', '--date', DAY]);
  await openBoard(page, workspace);
  const release = await holdMoves(page);
  await dragAndDrop(page, card(cell(page, 'OP-1', DAY), 'J-1002'), tray(page));
  await expect(card(tray(page), 'J-1002')).toHaveAttribute('data-pending', 'true');
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toHaveCount(0);
  release();
  await expect(page.getByRole('status')).toHaveText('J-1002 moved to Unscheduled');
  await expect(card(tray(page), 'J-1002')).not.toHaveAttribute('data-pending');
  await page.unroute('**/api/diary/move-job');
  await page.reload();
  await expect(card(tray(page), 'J-1002')).toBeVisible();
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toHaveCount(0);
});
