// Bad drops on the board, through the real host: each gets its own message, and nothing is lost
// or duplicated — a non-working day, outside the board, a stale card moved in another window, a
// job deleted meanwhile, and two rapid drops of the same card.
import Database from 'better-sqlite3';
import { expect, test } from './fixtures';
import { DAY, SATURDAY, card, cell, dragAndDrop, importRuleSet, openBoard, pickUpAndHover, row, tray } from './diary.helpers';

test.beforeEach(({ workspace }) => importRuleSet(workspace));

test('dropping on a non-working day is refused with the reason', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  await dragAndDrop(page, card(tray(page), 'J-1002'), cell(page, 'OP-1', SATURDAY));
  await expect(page.getByRole('status')).toContainText('J-1002 not placed: Olivia Good does not work on Saturdays (works Mon–Fri)');
  await expect(card(tray(page), 'J-1002')).toBeVisible();
  await page.reload();
  await expect(card(tray(page), 'J-1002')).toBeVisible();
});

test('dropping outside the board or on a name moves nothing and says so', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  await dragAndDrop(page, card(tray(page), 'J-1002'), row(page, 'OP-1').getByRole('rowheader'));
  await expect(page.getByRole('status')).toContainText("J-1002 not moved: drop it on one of the operative's days, not on the name.");
  await dragAndDrop(page, card(tray(page), 'J-1002'), page.getByRole('heading', { level: 1, name: 'Diary' }));
  await expect(page.getByRole('status')).toContainText('J-1002 not moved: drop it on an operative');
  await expect(card(tray(page), 'J-1002')).toBeVisible();
});

test('a stale card (moved in another window) is refused and the board shows where it really is', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  await expect(card(tray(page), 'J-1002')).toBeVisible();
  // "Another window" moves it while this one is dragging it (the board refreshes from other
  // writers within 2 s, so the stale card is the one already in hand).
  await pickUpAndHover(page, card(tray(page), 'J-1002'), cell(page, 'OP-1', DAY));
  workspace.cli(['assign', '--job', 'J-1002', '--operative', 'OP-7', '--date', DAY]);
  await page.mouse.up();
  await expect(page.getByRole('status')).toContainText('J-1002 not moved: it was changed in another window');
  await expect(card(cell(page, 'OP-7', DAY), 'J-1002')).toBeVisible();
  await expect(card(tray(page), 'J-1002')).toHaveCount(0);
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toHaveCount(0);
});

test('a job deleted meanwhile is refused with its own message and disappears', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  await expect(card(tray(page), 'J-1003')).toBeVisible();
  await pickUpAndHover(page, card(tray(page), 'J-1003'), cell(page, 'OP-2', DAY));
  const db = new Database(workspace.dbPath);
  db.prepare('DELETE FROM jobs WHERE ref = ?').run('J-1003');
  db.close();
  await page.mouse.up();
  await expect(page.getByRole('status')).toContainText('J-1003 not moved: it no longer exists');
  await expect(card(page, 'J-1003')).toHaveCount(0);
});

test('two rapid drops of the same card: the second is refused while the first is saving, and the job is placed once', async ({
  page,
  workspace,
}) => {
  await openBoard(page, workspace);
  // Hold the first move in flight until the second drop has been refused (not for a guessed time).
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/diary/move-job', async (route) => {
    await held;
    await route.continue();
  });
  await dragAndDrop(page, card(tray(page), 'J-1002'), cell(page, 'OP-1', DAY));
  // Drawn where it was dropped at once (optimistic), pending until stored.
  const job = card(cell(page, 'OP-1', DAY), 'J-1002');
  await expect(job).toHaveAttribute('data-pending', 'true');
  await expect(card(tray(page), 'J-1002')).toHaveCount(0);
  await expect(cell(page, 'OP-1', DAY)).toContainText('Saving J-1002');
  await dragAndDrop(page, job, cell(page, 'OP-7', DAY));
  await expect(page.getByRole('status')).toContainText('J-1002 is still being saved; wait for that move to finish before moving it again.');
  release();
  await expect(page.getByRole('status')).toHaveText('J-1002 placed on Olivia Good, Tue 5 Jan 2027 at 08:00');
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toBeVisible();
  await expect(card(page, 'J-1002')).toHaveCount(1);
  await page.unroute('**/api/diary/move-job');
  await page.reload();
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toBeVisible();
  await expect(card(page, 'J-1002')).toHaveCount(1);
});
