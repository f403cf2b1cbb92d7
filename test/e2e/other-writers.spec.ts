// The app beside other writers on the same workspace (here the CLI, as a script or a second
// Planwright would): it shows their changes within 2 s without losing the user's selection,
// and Ctrl+Z undoes this window's own last change — never theirs — refusing, with what
// changed and who changed it, when theirs overtook it.
import type { Page } from '@playwright/test';
import { expect, test, type WorkspaceFixture } from './fixtures';
import { DAY, card, cell, dragAndDrop, importRuleSet, openBoard, tray } from './diary.helpers';

test.beforeEach(({ workspace }) => importRuleSet(workspace));

/** This window drags J-1002 onto Olivia's Tuesday; then the CLI (another writer) assigns `theirs` to Walter. */
async function ownMoveThenTheirs(page: Page, workspace: WorkspaceFixture, theirs: string): Promise<void> {
  await openBoard(page, workspace);
  await dragAndDrop(page, card(tray(page), 'J-1002'), cell(page, 'OP-1', DAY));
  await expect(page.getByRole('status')).toHaveText('J-1002 placed on Olivia Good, Tue 5 Jan 2027 at 08:00');

  workspace.cli(['assign', '--job', theirs, '--operative', 'OP-7', '--date', DAY]);
  await expect(card(cell(page, 'OP-7', DAY), theirs)).toBeVisible();
}

/** Ctrl+Z with the focus on the page, not on a card. */
async function pressUndo(page: Page): Promise<void> {
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
}

test('a change made elsewhere appears within 2 s; the selected card stays selected', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  await card(tray(page), 'J-1003').click();
  const details = page.getByRole('region', { name: 'Job J-1003 details' });
  await expect(details).toBeVisible();

  workspace.cli(['assign', '--job', 'J-1004', '--operative', 'OP-1', '--date', DAY]);
  await expect(card(cell(page, 'OP-1', DAY), 'J-1004')).toBeVisible({ timeout: 2_000 });
  await expect(card(tray(page), 'J-1004')).toHaveCount(0);
  await expect(card(tray(page), 'J-1003')).toHaveAttribute('aria-pressed', 'true');
  await expect(details).toBeVisible();
});

test('Ctrl+Z undoes this window’s own move, not the one the CLI made after it', async ({ page, workspace }) => {
  await ownMoveThenTheirs(page, workspace, 'J-1004');
  await pressUndo(page);
  await expect(page.getByRole('status')).toHaveText(/^Undid: Move J-1002 to Olivia Good/);
  await expect(card(tray(page), 'J-1002')).toBeVisible();
  await expect(card(cell(page, 'OP-7', DAY), 'J-1004')).toBeVisible();
  // Nothing of this window's is left to undo; the CLI's move stays the CLI's.
  await expect(page.getByRole('banner').getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('when the window’s last change was overtaken by someone else’s, undo refuses and says what changed', async ({ page, workspace }) => {
  await ownMoveThenTheirs(page, workspace, 'J-1002');
  await pressUndo(page);
  await expect(page.getByRole('status')).toContainText(
    /Can't undo “Move J-1002 to Olivia Good 2027-01-05”: J-1002's place in the diary was changed since by user:\S+ \(“Move J-1002 to Walter Late 2027-01-05”\)/,
  );
  await expect(card(cell(page, 'OP-7', DAY), 'J-1002')).toBeVisible();
});
