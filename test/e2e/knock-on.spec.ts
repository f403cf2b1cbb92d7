// Knock-on preview: while a job is dragged later in the diary, its successors that would slip are
// highlighted before the drop and the status line says how many.
import { expect, test } from './fixtures';
import { importGood } from './good-fixture';
import { card, cell, hover, pickUpAndHover, row } from './diary.helpers';

test('dragging a job later highlights the successors that would slip, before the drop', async ({ page, workspace }) => {
  importGood(workspace);
  // The chain J-1003 → J-1004 (+60 min) → J-1005, placed on consecutive days.
  workspace.cli(['assign', '--job', 'J-1003', '--operative', 'OP-004', '--date', '2027-01-04']);
  workspace.cli(['assign', '--job', 'J-1004', '--operative', 'OP-006', '--date', '2027-01-05']);
  workspace.cli(['assign', '--job', 'J-1005', '--operative', 'OP-004', '--date', '2027-01-06']);
  await page.goto(workspace.link('?view=diary&date=2027-01-04'));
  await expect(row(page, 'OP-004')).toBeVisible();

  await pickUpAndHover(page, card(cell(page, 'OP-004', '2027-01-04'), 'J-1003'), cell(page, 'OP-004', '2027-01-07'));
  const bar = page.locator('.board-bar[data-kind="drag"]');
  await expect(bar).toHaveAttribute('data-knock-on', '2');
  await expect(bar).toContainText('2 successors would slip');
  await expect(bar).toContainText('J-1004, J-1005');
  await expect(card(cell(page, 'OP-006', '2027-01-05'), 'J-1004')).toHaveAttribute('data-knock-on', /slip|sla/);
  await expect(card(cell(page, 'OP-004', '2027-01-06'), 'J-1005')).toHaveAttribute('data-knock-on', /slip|sla/);

  // Back over its own day: nothing slips, nothing stays highlighted.
  await hover(page, cell(page, 'OP-004', '2027-01-04'));
  await expect(bar).toHaveAttribute('data-knock-on', '0');
  await expect(page.locator('[data-knock-on="slip"], [data-knock-on="sla"]')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.mouse.up();
});
