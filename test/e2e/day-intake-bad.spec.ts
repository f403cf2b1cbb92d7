// Issue 13, bad input in the New repair dialog: an unknown trade, a raised time in the future, a
// duplicate ref and coordinates outside the service area each get their specific message beside
// the field as it is typed; Create is refused with "nothing was changed", and nothing is.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { addDays } from '../../shared/calendar/dates';
import { importTeam, jobRefs, today } from './day-forms.helpers';

const fieldOf = (dialog: Locator, column: string) => dialog.locator(`[data-field="${column}"]`);
test('New repair refuses an unknown trade, a future raised time, a duplicate ref and a far-away address', async ({
  page,
  request,
  workspace,
}) => {
  await importTeam(request, workspace);
  const before = await jobRefs(request, workspace);
  await page.goto(workspace.link('?view=diary'));
  await page.getByRole('button', { name: 'New repair…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New repair' });

  await dialog.getByLabel('Address').fill('1 Downing Street, London SW1A 2AA');
  await dialog.getByLabel('Area').fill('SW1');
  await dialog.getByLabel('Trade').fill('ROOFING');
  await expect(fieldOf(dialog, 'trade')).toContainText('trade "ROOFING" is not a trade of this workspace (known: GAS, PLUMB)');
  await expect(dialog.getByLabel('Trade')).toHaveAttribute('aria-invalid', 'true');

  const future = `${addDays(today(), 2)}T09:00`;
  await dialog.getByLabel('Raised at').fill(future);
  await expect(fieldOf(dialog, 'raised_at')).toContainText(`raised_at "${future}" is in the future`);

  await dialog.getByLabel('Ref').fill('J-2001');
  await expect(fieldOf(dialog, 'ref')).toContainText('ref J-2001 is already used by another job');

  await dialog.getByLabel('Lat').fill('51.5034');
  await dialog.getByLabel('Lon').fill('-0.1276');
  await expect(fieldOf(dialog, 'lat')).toContainText('lat 51.5034 is outside');
  await expect(fieldOf(dialog, 'lon')).toContainText('lon -0.1276 is outside');

  await dialog.getByRole('button', { name: 'Create repair' }).click();
  await expect(dialog.getByRole('alert')).toContainText('nothing was changed');
  await expect(dialog).toBeVisible();
  expect(await jobRefs(request, workspace)).toEqual(before);

  // Fixed one by one, the messages go; the rest stay until they are fixed too.
  await dialog.getByLabel('Trade').fill('GAS');
  await expect(fieldOf(dialog, 'trade')).not.toContainText('not a trade');
  await expect(fieldOf(dialog, 'ref')).toContainText('already used');
});
