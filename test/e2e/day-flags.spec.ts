// Issue 13: supervisor records in the app. A DO_NOT_SEND flag on GAS work (owner, scope, review
// date) lists the placements it blocks at once; "Re-plan" previews moving them and Accept applies
// it as one step; the flag is then ended from the operative's record.
import { expect, test } from './fixtures';
import { addDays } from '../../shared/calendar/dates';
import { importTeam, placeOnCarla, placements, today } from './day-forms.helpers';

test('a DO_NOT_SEND flag lists the placements it blocks; Re-plan moves them; the flag is ended', async ({ page, request, workspace }) => {
  await importTeam(request, workspace);
  await placeOnCarla(request, workspace);
  await page.goto(workspace.link('?view=operatives'));
  await page.getByRole('button', { name: 'Open OP-3' }).click();
  const dialog = page.getByRole('dialog', { name: 'Operative Carla Cert (OP-3)' });
  const records = dialog.getByRole('region', { name: 'Supervisor records' });
  await records.getByRole('button', { name: 'Add flag…' }).click();
  const form = records.getByRole('form', { name: 'New flag' });
  await form.getByLabel('Flag', { exact: true }).selectOption('DO_NOT_SEND');
  await form.getByLabel('Scope kind').selectOption('trade');
  await form.getByLabel('Scope', { exact: true }).fill('GAS');
  await form.getByLabel('Review date').fill(addDays(today(), 30));
  // The owner is required: refused with the message beside it, nothing saved.
  await form.getByRole('button', { name: 'Add flag' }).click();
  await expect(form).toContainText('owner is required');
  await form.getByLabel('Owner').fill('Dave Holt');
  await form.getByRole('button', { name: 'Add flag' }).click();

  const notice = page.getByRole('alert', { name: 'Placements now blocked' });
  await expect(notice).toContainText('2 placements now blocked: J-2001, J-2002');
  await notice.getByRole('button', { name: 'Re-plan' }).click();
  const replan = page.getByRole('dialog', { name: 'Re-plan 2 jobs' });
  // Both are placed already: the preview says they move (from Carla's day), never that they are added.
  await expect(replan.locator('.schedule-summary')).toContainText(/0 jobs added, [12] moved/, { timeout: 30_000 });
  await expect(replan.locator('.placed-list li').first()).toContainText(/^J-200[12]: OP-3 \d{4}-\d{2}-\d{2} → /);
  await replan.getByRole('button', { name: 'Accept' }).click();
  await expect(replan).toBeHidden();
  await expect(notice).toBeHidden();
  const diary = await placements(request, workspace);
  expect(diary['J-2003']).toBe('OP-3'); // plumbing stays with Carla
  for (const ref of ['J-2001', 'J-2002']) expect(diary[ref] ?? 'tray').not.toBe('OP-3');

  await page.getByRole('button', { name: 'Open OP-3' }).click();
  await expect(records.getByRole('listitem').filter({ hasText: 'DO_NOT_SEND' })).toContainText('owner Dave Holt');
  await records.getByRole('button', { name: 'End flag' }).click();
  await expect(records).toContainText('No flags in force.');
  await expect(records).toContainText('1 ended flag kept in the record.');
});
