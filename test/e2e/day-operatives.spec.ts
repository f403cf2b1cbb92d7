// Issue 13, done-when: editing an operative's certificate expiry to the past turns their
// placements of that work blocked and lists them at once, with "Send back to tray".
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test, type WorkspaceFixture } from './fixtures';
import { today, importTeam, placeOnCarla, placements } from './day-forms.helpers';
import { addDays } from '../../shared/calendar/dates';

/** Carla's placements made, then her GAS_SAFE expiry moved to yesterday from her operative dialog. */
async function expireCarlasGasSafe(page: Page, request: APIRequestContext, workspace: WorkspaceFixture) {
  await importTeam(request, workspace);
  await placeOnCarla(request, workspace);
  await page.goto(workspace.link('?view=operatives'));
  await page.getByRole('button', { name: 'Open OP-3' }).click();
  const dialog = page.getByRole('dialog', { name: 'Operative Carla Cert (OP-3)' });
  await dialog.getByLabel('GAS_SAFE expires').fill(addDays(today(), -1));
  await dialog.getByRole('button', { name: 'Save operative' }).click();
  return { dialog, notice: page.getByRole('alert', { name: 'Placements now blocked' }) };
}

test('a certificate expiry moved into the past lists the placements it blocks; send them back to the tray', async ({
  page,
  request,
  workspace,
}) => {
  const { dialog, notice } = await expireCarlasGasSafe(page, request, workspace);
  await expect(notice).toContainText('2 placements now blocked: J-2001, J-2002');
  await expect(notice).not.toContainText('J-2003'); // plumbing needs no GAS_SAFE
  await expect(notice.locator('li[data-job-ref="J-2001"]')).toContainText('GAS_SAFE');
  await expect(dialog).toBeHidden();

  // The edit is in the operative's history, with who made it.
  await page.getByRole('button', { name: 'Open OP-3' }).click();
  await expect(dialog.getByRole('region', { name: 'Operative history' })).toContainText('edited: competences GAS_SAFE@');
  await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();

  await notice.getByRole('button', { name: 'Send back to tray' }).click();
  await expect(notice).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Sent J-2001, J-2002 back to the tray');
  expect(Object.keys(await placements(request, workspace))).toEqual(['J-2003']);
});

test('undoing the edit takes the blocked notice away with it', async ({ page, request, workspace }) => {
  const { notice } = await expireCarlasGasSafe(page, request, workspace);
  await expect(notice).toContainText('2 placements now blocked');

  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toContainText('Undid');
  await expect(notice).toBeHidden();
  expect(Object.keys(await placements(request, workspace)).sort()).toEqual(['J-2001', 'J-2002', 'J-2003']);
});
