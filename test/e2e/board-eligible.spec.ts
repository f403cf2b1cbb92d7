// "Eligible only" during a drag: the key (E) or the checkbox collapses the rows where the dragged job
// is blocked on every day shown, leaves the rows it fits, and every row comes back after the drop.
import { expect, test } from './fixtures';
import { DAY, card, cell, importRuleSet, openBoard, pickUpAndHover, row, tray } from './diary.helpers';

test.beforeEach(({ workspace }) => importRuleSet(workspace));

test('"Eligible only" hides blocked rows during a drag and keeps the ones the job fits', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  const eligible = page.getByRole('checkbox', { name: 'Eligible only' });
  await expect(eligible).not.toBeChecked();

  await pickUpAndHover(page, card(tray(page), 'J-1002'), cell(page, 'OP-1', DAY));
  await expect(cell(page, 'OP-2', DAY)).toHaveAttribute('data-drop', 'blocked');
  await page.keyboard.press('e');
  await expect(eligible).toBeChecked();
  // Ben Shaw (GAS 2), Carla (certificate expired), Fay (do not send), Anna (absent), Sam (short shift): blocked all week.
  for (const id of ['OP-2', 'OP-3', 'OP-4', 'OP-5', 'OP-6']) await expect(row(page, id), id).toHaveCount(0);
  await expect(cell(page, 'OP-1', DAY)).toHaveAttribute('data-drop', 'ok');
  await expect(cell(page, 'OP-7', DAY)).toHaveAttribute('data-drop', 'warn'); // overtime: a warning still fits
  await expect(page.getByRole('status')).toHaveText('Eligible only: 2 of 7 operatives shown');

  // The drop still lands where the pointer is, on the collapsed board.
  await page.mouse.move(0, 0, { steps: 2 });
  const target = cell(page, 'OP-1', DAY);
  const b = (await target.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toBeVisible();
  // Not dragging: every operative is back.
  await expect(row(page, 'OP-2')).toHaveCount(1);
  await expect(row(page, 'OP-5')).toHaveCount(1);

  // The choice is remembered for the next drag; the checkbox turns it off again.
  await eligible.click();
  await expect(eligible).not.toBeChecked();
  await pickUpAndHover(page, card(tray(page), 'J-1004'), cell(page, 'OP-1', DAY));
  await expect(row(page, 'OP-2')).toHaveCount(1);
  await page.keyboard.press('Escape');
});
