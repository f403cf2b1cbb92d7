// Issue 13: a job edited in place — "Suggest" on the tray card, suggestions and status in the
// details panel (put on hold with a reason, one undoable step), the same form from the Jobs table,
// and the job's history with each change.
import { expect, test } from './fixtures';
import { card, tray } from './diary.helpers';
import { importTeam, tomorrow } from './day-forms.helpers';

test('tray Suggest, hold with a reason from the details panel (undoable), edit from the Jobs table, history', async ({
  page,
  request,
  workspace,
}) => {
  await importTeam(request, workspace);
  await page.goto(workspace.link(`?view=diary&date=${tomorrow()}`));

  const item = tray(page)
    .getByRole('listitem')
    .filter({ has: card(page, 'J-2001') });
  await item.getByRole('button', { name: 'Suggest' }).click();
  const suggest = page.getByRole('dialog', { name: 'Suggested operatives for J-2001' });
  await expect(suggest.getByRole('list', { name: 'Suggested operatives' }).locator('li[data-operative-id="OP-1"]')).toBeVisible();
  await expect(suggest.getByText('1 has no GAS trade')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(suggest).toBeHidden();

  await card(tray(page), 'J-2001').click();
  const details = page.getByRole('region', { name: 'Job J-2001 details' });
  await expect(details.getByRole('list', { name: 'Suggested operatives' }).getByRole('listitem').first()).toBeVisible();
  await details.getByRole('button', { name: 'Put on hold…' }).click();
  const hold = page.getByRole('dialog', { name: 'Put on hold J-2001' });
  await hold.getByLabel('Reason').fill('awaiting materials');
  await hold.getByRole('button', { name: 'Put on hold', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Put on hold J-2001: “awaiting materials”');
  await expect(card(tray(page), 'J-2001')).toHaveCount(0); // on hold: not to be planned

  await page.keyboard.press('Control+z');
  await expect(card(tray(page), 'J-2001')).toBeVisible();

  await page.goto(workspace.link('?view=jobs'));
  await page.getByRole('button', { name: 'Open J-2002' }).click();
  const panel = page.getByRole('dialog', { name: 'Job J-2002' });
  await panel.getByRole('button', { name: 'Edit job…' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit job J-2002' });
  await edit.getByLabel('Duration (min)').fill('90');
  await edit.getByRole('button', { name: 'Save job' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Saved J-2002: duration_min');
  await expect(panel.locator('.history')).toContainText('edited: duration_min 60 → 90');
});
