// Global search (Ctrl+K) through the real host: a placed job's ref jumps to its card in another
// week, an address finds an unscheduled job in the tray, a name finds an operative's row; "?"
// lists the keyboard shortcuts.
import { expect, test } from './fixtures';
import { card, cell, importRuleSet, openBoard, row, tray } from './diary.helpers';

const NEXT_TUESDAY = '2027-01-12';

test.beforeEach(({ workspace }) => {
  importRuleSet(workspace);
  workspace.cli(['assign', '--job', 'J-1003', '--operative', 'OP-2', '--date', NEXT_TUESDAY]);
});

test('Ctrl+K finds jobs by ref or address and operatives by name, and jumps to the card or row', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  await expect(card(page, 'J-1003')).toHaveCount(0); // next week: not on this board

  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const box = dialog.getByRole('combobox', { name: 'Search jobs, addresses and operatives' });
  await expect(box).toBeFocused();
  await box.fill('J-1003');
  await expect(dialog.getByRole('option').first()).toContainText('J-1003 · 5 Seacroft Crescent');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(card(cell(page, 'OP-2', NEXT_TUESDAY), 'J-1003')).toBeFocused();
  expect(new URL(page.url()).searchParams.get('date')).toBe(NEXT_TUESDAY);

  await page.keyboard.press('Control+k');
  await box.fill('cardigan');
  await expect(dialog.getByRole('option')).toHaveCount(1);
  await expect(dialog.getByRole('option')).toContainText('J-1002 · 3 Cardigan Lane');
  await page.keyboard.press('Enter');
  await expect(card(tray(page), 'J-1002')).toBeFocused();

  await page.keyboard.press('Control+k');
  await box.fill('walter');
  await dialog.getByRole('option', { name: /Walter Late/ }).click();
  await expect(row(page, 'OP-7').getByRole('rowheader')).toBeFocused();

  // From another view it switches to the diary and still lands on the card.
  await page.goto(workspace.link('?view=dependencies'));
  await expect(page.getByRole('heading', { level: 1, name: 'Dependencies' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await box.fill('J-1003');
  await expect(dialog.getByRole('option').first()).toContainText('J-1003 · 5 Seacroft Crescent'); // as a user waits for it
  await page.keyboard.press('Enter');
  await expect(card(cell(page, 'OP-2', NEXT_TUESDAY), 'J-1003')).toBeFocused();
});

test('"?" shows the keyboard shortcuts', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Ctrl+K');
  await expect(dialog).toContainText('Eligible only');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(dialog).toBeVisible();
});
