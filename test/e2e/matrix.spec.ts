// The impact/effort matrix through the real host: a card dragged from "Drop" to "Do first"
// is rescored and stays there after a reload; the keyboard moves cards too; a dropped job can
// be archived with a reason, and Undo brings it back.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importPlan } from './plan-data';

// The app's status line; dnd-kit adds its own live region for drag announcements.
const status = (page: Page) => page.locator('[data-app-status]');
const quadrant = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const card = (scope: Locator, ref: string) => scope.locator(`[data-job-ref="${ref}"]`);

test('a card dragged from Drop to Do first stays there after reload', async ({ page, workspace }) => {
  importPlan(workspace);
  await page.goto(workspace.link('?view=matrix'));
  for (const name of ['Do first', 'Schedule', 'Defer', 'Drop']) await expect(quadrant(page, name)).toBeVisible();
  await expect(card(quadrant(page, 'Drop'), 'P-5')).toBeVisible();

  const handle = (await card(quadrant(page, 'Drop'), 'P-5').getByRole('button', { name: 'Move P-5' }).boundingBox())!;
  const target = (await quadrant(page, 'Do first').boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  // Small steps: the pointer sensor starts after 4 px and follows every move.
  for (let i = 1; i <= 20; i++) {
    const t = i / 20;
    await page.mouse.move(
      handle.x + (target.x + target.width / 2 - handle.x) * t,
      handle.y + (target.y + target.height / 2 - handle.y) * t,
    );
  }
  await page.mouse.up();

  await expect(status(page)).toHaveText('P-5 moved to Do first: impact 4, effort 3');
  await expect(card(quadrant(page, 'Do first'), 'P-5')).toBeVisible();
  await expect(card(quadrant(page, 'Drop'), 'P-5')).toHaveCount(0);

  await page.reload();
  await expect(card(quadrant(page, 'Do first'), 'P-5')).toBeVisible();
  await expect(card(quadrant(page, 'Drop'), 'P-5')).toHaveCount(0);
  await expect(page.getByLabel('Impact of P-5')).toHaveValue('4');
  await expect(page.getByLabel('Effort of P-5')).toHaveValue('3');
});

test('cards move with the keyboard and scores fine-tune on the card', async ({ page, workspace }) => {
  importPlan(workspace);
  await page.goto(workspace.link('?view=matrix'));
  // P-3 (impact 3, effort 2) starts in Defer; Space, ArrowUp, Space puts it in Do first.
  // Let the view finish loading first: a re-render mid-gesture drops the keyboard focus.
  await page.waitForLoadState('networkidle');
  const move = card(quadrant(page, 'Defer'), 'P-3').getByRole('button', { name: 'Move P-3' });
  await move.focus();
  await expect(move).toBeFocused();
  // Each key waits for what a screen reader hears: a loaded machine may not have attached the
  // drag's key listeners when the next key arrives.
  const heard = page.getByRole('status').filter({ hasText: /P-3/ });
  await page.keyboard.press('Space');
  await expect(heard.filter({ hasText: /Picked up P-3\.|P-3 is over Defer\./ })).toHaveCount(1);
  await page.keyboard.press('ArrowUp');
  await expect(heard.filter({ hasText: 'P-3 is over Do first.' })).toHaveCount(1);
  await page.keyboard.press('Space');
  await expect(status(page)).toHaveText('P-3 moved to Do first: impact 4, effort 2');
  await expect(card(quadrant(page, 'Do first'), 'P-3')).toBeVisible();

  // Effort 5 on the card moves it to Schedule.
  await page.getByLabel('Effort of P-3').selectOption('5');
  await expect(card(quadrant(page, 'Schedule'), 'P-3')).toBeVisible();
  await expect(status(page)).toHaveText('P-3 now in Schedule: impact 4, effort 5');
});

test('a dropped job is archived out of the backlog with a reason; undo restores it', async ({ page, workspace }) => {
  importPlan(workspace);
  await page.goto(workspace.link('?view=matrix'));
  await card(quadrant(page, 'Drop'), 'P-5').getByRole('button', { name: 'Archive…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Archive P-5' });
  await dialog.getByLabel('Reason').fill('Tenant will paint it themselves');
  await dialog.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(status(page)).toHaveText('Archived P-5: Tenant will paint it themselves');
  await expect(page.locator('[data-job-ref="P-5"]')).toHaveCount(0);
  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(card(quadrant(page, 'Drop'), 'P-5')).toBeVisible();
});
