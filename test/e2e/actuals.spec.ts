// Actuals through the real host in Debian Chromium: a NO_ACCESS puts the job in "Rebooking" with
// its deadline and it can be dragged (pointer or keyboard) back onto the diary; Plan vs actual
// shows the completion rate and the late visit; a second failure at one address flags a third
// job there; FURTHER_WORK creates the linked follow-on.
import { expect, test } from './fixtures';
import { card, cell, dragAndDrop, row, tray } from './diary.helpers';
import { THU, TUE, WED, actualsCsv, importActuals, publishedPlan, rebooking } from './actuals.helpers';

test.use({ colorScheme: 'light' });
test.beforeEach(({ request, workspace }) => publishedPlan(request, workspace));

test('NO_ACCESS puts the job in Rebooking with its deadline; dragging it onto the diary places it', async ({ page, workspace }) => {
  await importActuals(
    page,
    workspace,
    actualsCsv(`J-1,,OP-1,${TUE},08:30,08:40,NO_ACCESS,NO_ANSWER,,,card left`, `J-4,,OP-1,${TUE},10:00,10:05,NO_ACCESS,TENANT_REFUSED,,,`),
  );
  await expect(page.getByRole('status')).toHaveText('actuals.csv: 2 visits — 2 new, 0 corrected, 0 unchanged. 2 jobs to rebook.');

  await page.goto(workspace.link(`?view=diary&date=${TUE}`));
  const queue = rebooking(page);
  await expect(queue.getByRole('listitem')).toHaveCount(2);
  // Earliest deadline first: the emergency's 24 hours, then the routine job's 20 working days.
  await expect(queue.getByRole('listitem').nth(0)).toContainText('J-4');
  await expect(queue.getByRole('listitem').nth(0)).toContainText('by 6 Jan 2027 07:00');
  const j1 = queue.getByRole('listitem').nth(1);
  await expect(j1).toContainText('J-1');
  await expect(j1).toContainText('Rebook');
  await expect(j1).toContainText('1 attempt');
  await expect(j1).toContainText('no access (NO_ANSWER)');
  await expect(j1).toContainText('by 1 Feb 2027 23:59');
  // Not twice: the Unscheduled tray leaves rebookings to their own region.
  await expect(card(tray(page), 'J-1')).toHaveCount(0);
  await expect(card(cell(page, 'OP-1', TUE), 'J-1')).toHaveCount(0); // off the day it failed on

  // The attempt is evidence on the job: its details list the visit.
  await card(queue, 'J-1').click();
  await expect(page.getByRole('list', { name: 'Visits to J-1' })).toContainText('OP-1 · no access (NO_ANSWER) · card left');

  // Pointer: drag J-1 from the queue onto Olivia's Thursday.
  await dragAndDrop(page, card(queue, 'J-1'), cell(page, 'OP-1', THU));
  await expect(page.getByRole('status')).toContainText('J-1 placed on Olivia Good, Thu 7 Jan 2027');
  const placed = card(cell(page, 'OP-1', THU), 'J-1');
  await expect(placed).toBeVisible();
  await expect(placed).toContainText('Rebook ×1'); // booked again, still marked until visited
  await expect(card(queue, 'J-1')).toHaveCount(0);

  // Keyboard: J-4 from the queue to Olivia's Wednesday.
  await card(queue, 'J-4').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown'); // enters the board on the first operative, focus day
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(card(cell(page, 'OP-1', WED), 'J-4')).toBeVisible();
  await expect(rebooking(page)).toHaveCount(0); // nothing left to rebook

  // The CLI sees the same queue, booked.
  const listed = JSON.parse(workspace.cli(['rebooking', '--json'])) as { ref: string; booked: { date: string } | null }[];
  expect(listed.map((i) => [i.ref, i.booked?.date])).toEqual([
    ['J-4', WED],
    ['J-1', THU],
  ]);
});

test('Plan vs actual shows the completion rate and the late visit, and exports CSV', async ({ page, workspace }) => {
  await page.goto(workspace.link(`?view=actuals&date=${TUE}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Plan vs actual' })).toBeVisible();
  // A bad file is refused with every row problem; nothing is recorded.
  await importActuals(page, workspace, actualsCsv(`J-9,,OP-1,${TUE},09:00,10:00,COMPLETED,,,,`, `J-3,,OP-2,${TUE},10:00,09:00,DONE,,,,`));
  const errors = page.getByRole('dialog', { name: 'actuals.csv: nothing recorded' });
  await expect(errors.getByRole('listitem')).toHaveText([
    'actuals.csv line 2, ref: unknown ref "J-9": no job with this ref',
    'actuals.csv line 3, outcome: unknown outcome "DONE" (expected one of COMPLETED, NO_ACCESS, ABORTIVE, FURTHER_WORK, CANCELLED)',
    'actuals.csv line 3, left: left 09:00 is before arrived 10:00',
  ]);
  await errors.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText(/No visits recorded between/)).toBeVisible();

  await importActuals(
    page,
    workspace,
    actualsCsv(
      `J-3,,OP-2,${TUE},09:00,10:10,COMPLETED,,,,`,
      `J-5,,OP-3,${TUE},17:40,18:00,COMPLETED,,,,arrived after the PM window`,
      `J-1,,OP-1,${TUE},08:30,08:40,NO_ACCESS,NO_ANSWER,,,`,
    ),
  );
  const figures = page.getByRole('list', { name: 'Key figures' }).or(page.locator('dl[aria-label="Key figures"]'));
  await expect(figures.locator('[data-kpi="completion_rate"]')).toContainText('Completion rate66.7%2 of 3 visits made');
  await expect(figures.locator('[data-kpi="no_access_rate"]')).toContainText('33.3%');
  await expect(figures.locator('[data-kpi="punctuality"]')).toContainText('1 late for the window');
  const table = page.getByRole('table', { name: 'Visits: plan versus actual' });
  const late = table.locator('[role="row"][data-late="true"]');
  await expect(late).toHaveCount(1);
  await expect(late).toHaveAttribute('data-ref', 'J-5');
  await expect(late).toContainText('40 min');
  await expect(late).toContainText('OP-3 · 5 Jan');
  await expect(page.getByRole('figure', { name: 'Outcomes per day' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('plan-vs-actual-2027-01-04-2027-01-10.csv');
  const text = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(text).toString('utf8')).toMatch(/\nJ-5,1,COMPLETED,,CARP,ROUTINE,CARP,OP-3,2027-01-05,[^\n]*,40,false,/);
});

test('a second failure at one address raises the address flag on a third job there', async ({ page, workspace }) => {
  await importActuals(page, workspace, actualsCsv(`J-1,,OP-1,${TUE},08:30,08:40,NO_ACCESS,NO_ANSWER,,,`));
  await page.goto(workspace.link(`?view=diary&date=${TUE}`));
  await expect(card(tray(page), 'J-6')).toBeVisible();
  await expect(card(tray(page), 'J-6').locator('[data-address-flag]')).toHaveCount(0);

  // The second failure comes in through Wednesday's close-out for Olivia.
  await page.goto(workspace.link(`?view=actuals&date=${WED}&section=close-out`));
  const visit = page.locator('fieldset[data-ref="J-2"]');
  await visit.getByLabel('Outcome').selectOption('NO_ACCESS');
  await visit.getByLabel('Reason').selectOption('TENANT_REFUSED');
  await page.getByRole('button', { name: 'Save close-out (1 visit)' }).click();
  await expect(page.getByRole('status')).toContainText('Address flagged: 4 Brick Row, Leeds LS6 1AA.');

  await page.goto(workspace.link(`?view=diary&date=${TUE}`));
  const flag = card(tray(page), 'J-6').getByRole('img', { name: /^Address flagged: 2 failed visits/ });
  await expect(flag).toBeVisible();
  await expect(flag).toHaveAttribute('data-address-flag', 'supervisor');
  await expect(card(rebooking(page), 'J-1').locator('[data-address-flag]')).toHaveCount(1);

  // The list of flagged addresses, and closing one only with a note.
  await page.goto(workspace.link(`?view=actuals&date=${WED}&section=addresses`));
  const flags = page.getByRole('table', { name: 'Flagged addresses' });
  const line = flags.locator('tr[data-state="open"]');
  await expect(line).toContainText('4 Brick Row, Leeds LS6 1AA');
  await expect(line.locator('td').first()).toHaveText('2');
  await line.getByRole('button', { name: 'Close…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Close the flag at/ });
  await dialog.getByRole('button', { name: 'Close flag' }).click();
  await expect(dialog.getByRole('alert')).toContainText('closes only with a note');
  await dialog.getByLabel('Note (what was done)').fill('Tenancy officer arranged access with the tenant');
  await dialog.getByRole('button', { name: 'Close flag' }).click();
  await expect(page.getByText('No flagged addresses.')).toBeVisible();
  expect(JSON.parse(workspace.cli(['addresses', '--json', '--all']))).toMatchObject([{ state: 'closed', count: 2 }]);
});

test('FURTHER_WORK creates the linked follow-on, waiting in Rebooking', async ({ page, workspace }) => {
  await importActuals(page, workspace, actualsCsv(`J-5,,OP-3,${TUE},13:00,14:00,FURTHER_WORK,WRONG_TRADE,PLAST,90,needs plastering`));
  await expect(page.getByRole('status')).toContainText('Follow-on job: J-5-F1.');
  await page.goto(workspace.link(`?view=diary&date=${TUE}`));
  const item = rebooking(page).getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('J-5-F1');
  await expect(item).toContainText('follow-on of J-5');
  await card(rebooking(page), 'J-5-F1').click();
  const details = page.getByRole('region', { name: 'Job J-5-F1 details' });
  await expect(details).toContainText('PLAST ≥ 1');
  await expect(details).toContainText('1h 30m');
  await expect(details.locator('dd').filter({ hasText: 'J-5' }).first()).toContainText('J-5');
  // Carla (PLAST) takes it on Thursday, after the original.
  await dragAndDrop(page, card(rebooking(page), 'J-5-F1'), cell(page, 'OP-3', THU));
  await expect(card(cell(page, 'OP-3', THU), 'J-5-F1')).toBeVisible();
  await expect(row(page, 'OP-3')).toBeVisible();
});
