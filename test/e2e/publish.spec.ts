// Publishing from the Publish view through the real host: the check list, a new signing key
// protected by a typed passphrase, versions 1 and 2 in the history (2 chained to 1), their
// diff, and verifying a pack from the app. A second test takes the passphrase from the host's
// PLANWRIGHT_PASSPHRASE, as a locked-down workstation would.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ seedArgs: ['--operatives', '6', '--jobs', '40', '--days', '5', '--scheduled', '1', '--seed', '3'] });

async function fillOverrideIfBlocked(page: Page) {
  const checks = page.getByLabel('Pre-publish checks');
  await expect(checks).toContainText(/visits for \d+ operatives/);
  const reason = page.getByLabel(/Override reason/);
  if (await reason.isVisible()) await reason.fill('Overtime agreed with the team for this week');
}

test.describe('Publish view', () => {
  test('publishes signed versions 1 and 2, lists them with their diff, and verifies a pack', async ({ page, workspace }) => {
    const out = path.join(workspace.dir, 'packs');
    await page.goto(workspace.link('?view=publish&date=2027-01-06'));
    await expect(page.getByRole('heading', { name: 'Publish', level: 1 })).toBeVisible();
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('2027-01-04');
    await expect(page.getByLabel('To', { exact: true })).toHaveValue('2027-01-10');
    await expect(page.getByText('No signing key yet')).toBeVisible();
    await expect(page.getByText('Nothing published yet.')).toBeVisible();

    await fillOverrideIfBlocked(page);
    await page.getByLabel(/^Output folder/).fill(out);
    const publish = page.getByRole('button', { name: 'Publish version 1' });
    await page.getByLabel('Choose a passphrase for the new signing key').fill('e2e passphrase 1');
    await expect(publish).toBeDisabled(); // not typed twice yet
    await page.getByLabel('Type the passphrase again').fill('e2e passphrase 1');
    await publish.click();
    await expect(page.getByRole('status')).toHaveText(
      /^Published version 1: \d+ visits, \d+ files, signed with key [0-9A-F]+, in .+planwright-v001-2027-01-04_2027-01-10$/,
    );

    const history = page.getByRole('table', { name: 'Published versions' });
    const v1 = history.locator('tr[data-version="1"]');
    await expect(v1).toContainText('4–10 Jan 2027');
    await expect(v1).toContainText('first version');
    const keyId = (await page.getByTestId('key-id').textContent())!;
    expect(keyId).toMatch(/^[0-9A-F]+$/);
    await expect(v1).toContainText(keyId);
    await expect(page.getByRole('link', { name: 'Download public key' })).toHaveAttribute('download', 'planwright.pub');

    // Version 2: the existing key now asks for its passphrase once; nothing changed in between.
    await fillOverrideIfBlocked(page);
    await page.getByLabel('Signing key passphrase').fill('e2e passphrase 1');
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await expect(page.getByRole('status')).toHaveText(/^Published version 2: /);
    const v2 = history.locator('tr[data-version="2"]');
    await expect(v2).toContainText('+0 −0 moved 0 re-timed 0');
    await expect(history.locator('tbody tr').first()).toHaveAttribute('data-version', '2');
    await v2.getByRole('button', { name: 'Changes' }).click();
    await expect(page.getByLabel('Changes in version 2')).toContainText(/Against version 1 \(2027-01-04 – 2027-01-10\); \d+ unchanged\./);

    // Verify the first pack from the app, against this workstation's own key.
    await page.getByLabel('Pack folder or .zip').fill(path.join(out, 'planwright-v001-2027-01-04_2027-01-10'));
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await expect(page.locator('.publish-verify-result')).toHaveText(
      new RegExp(`^✓ Verified: plan pack \\S+ version 1 \\(2027-01-04 to 2027-01-10\\), \\d+ files, signed by key ${keyId}$`),
    );

    // The CLI sees the same chain.
    const list = workspace.cli(['packs']);
    expect(list.split('\n')[1]).toMatch(/^2\t2027-01-04\.\.2027-01-10\t/);
  });

  test.describe('with PLANWRIGHT_PASSPHRASE set for the host', () => {
    test.use({ hostEnv: { PLANWRIGHT_PASSPHRASE: 'host passphrase 42' } });

    test('publishes without asking, and explains an empty range', async ({ page, workspace }) => {
      await page.goto(workspace.link('?view=publish&date=2027-02-01'));
      await expect(page.getByRole('alert')).toHaveText(/^Nothing to publish: no jobs are placed between 2027-02-01 and 2027-02-07/);
      await expect(page.getByRole('button', { name: 'Publish version 1' })).toBeDisabled();

      await page.getByLabel('From', { exact: true }).fill('2027-01-04');
      await page.getByLabel('To', { exact: true }).fill('2027-01-08');
      await fillOverrideIfBlocked(page);
      await expect(page.getByLabel(/passphrase/i)).toHaveCount(0);
      await page.getByLabel(/^Output folder/).fill(path.join(workspace.dir, 'packs'));
      await page.getByRole('button', { name: 'Publish version 1' }).click();
      await expect(page.getByRole('status')).toHaveText(/^Published version 1: /);
      await expect(page.getByRole('table', { name: 'Published versions' }).locator('tr[data-version="1"]')).toContainText('4–8 Jan 2027');
    });
  });
});
