// Issue 13, done-when: adding an EMERGENCY repair in the UI shows its SLA deadline (as it is
// typed) and the suggested operatives, and placing the first suggestion persists across reload.
import { expect, test } from './fixtures';
import { card, row } from './diary.helpers';
import { hoursLater, importTeam } from './day-forms.helpers';

test('New repair (Ctrl+N): live SLA deadline, suggested operatives, the first one placed and kept', async ({
  page,
  request,
  workspace,
}) => {
  await importTeam(request, workspace);
  await page.goto(workspace.link('?view=jobs'));
  await expect(page.getByRole('table', { name: 'Jobs' })).toBeVisible();

  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'New repair' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('draft-ref')).toHaveText('J-2004'); // the next free ref

  const raised = await dialog.getByLabel('Raised at').inputValue();
  const deadline = dialog.getByLabel('SLA deadline');
  await expect(deadline).not.toHaveText(hoursLater(raised, 24)); // ROUTINE to start with
  await dialog.getByLabel('Priority').selectOption('EMERGENCY');
  await expect(deadline).toHaveText(hoursLater(raised, 24)); // EMERGENCY: 24 hours, shown as typed

  await dialog.getByLabel('Address').fill('9 Harehills Lane, Leeds LS8 4HA');
  await dialog.getByLabel('Lat').fill('53.805');
  await dialog.getByLabel('Lon').fill('-1.552');
  await dialog.getByLabel('Area').fill('LS8');
  await dialog.getByLabel('Trade').fill('GAS');
  await dialog.getByLabel('Competences').fill('GAS_SAFE');
  await dialog.getByLabel('Done when').fill('Gas leak made safe');

  // Before Create: who could take the draft as typed (diary/suggest-for-draft), the same answer the stored job gets.
  const draft = dialog.getByRole('region', { name: 'Suggested operatives for this repair' });
  const drafted = draft.getByRole('list', { name: 'Suggested operatives' }).getByRole('listitem');
  await expect(drafted).toHaveCount(3);
  expect((await drafted.evaluateAll((els) => els.map((e) => e.getAttribute('data-operative-id')))).sort()).toEqual([
    'OP-1',
    'OP-3',
    'OP-4',
  ]);
  await expect(draft.getByText('1 has no GAS trade')).toBeVisible();
  await expect(dialog.getByTestId('draft-ref')).toHaveText('J-2004'); // nothing was created by asking
  await dialog.getByRole('button', { name: 'Create repair' }).click();

  await expect(dialog.getByText('Created J-2004')).toBeVisible();
  const list = dialog.getByRole('list', { name: 'Suggested operatives' });
  const items = list.getByRole('listitem');
  await expect(items.first()).toBeVisible();
  // Only the GAS operatives with a certificate are suggested; the plumber is under "cannot".
  const ids = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-operative-id')));
  expect(ids.sort()).toEqual(['OP-1', 'OP-3', 'OP-4']);
  await expect(dialog.getByText('1 has no GAS trade')).toBeVisible();

  const first = items.first();
  const operative = (await first.getAttribute('data-operative-id'))!;
  const date = (await first.getAttribute('data-date'))!;
  await first.getByRole('button', { name: /^Place J-2004 on / }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Placed J-2004');

  await page.goto(workspace.link(`?view=diary&date=${date}&span=day`));
  await page.reload();
  await expect(card(row(page, operative), 'J-2004')).toBeVisible();
});
