// What the board's cards show, through the real host: a week card carries time, ref, priority (as
// text, beside its colour), trade and the short address; two weeks fit a 1600 px window without
// sideways scrolling and without cutting a ref; a day view never truncates a ref, even of a
// 15-minute job.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api } from './actuals.helpers';
import { DAY, card, cell, importRuleSet, row } from './diary.helpers';

// Set up through the host's API (one CLI run for the import): spawning the CLI per change is slow
// on a loaded machine.
test.beforeEach(async ({ workspace, request }) => {
  importRuleSet(workspace);
  await api(request, workspace, 'jobs/update-job', { ref: 'J-1004', fields: { duration_min: '15' } });
  for (const ref of ['J-1002', 'J-1004']) await api(request, workspace, 'diary/assign-job', { ref, operative_id: 'OP-1', date: DAY });
  await api(request, workspace, 'diary/assign-job', { ref: 'J-1003', operative_id: 'OP-2', date: DAY });
});

/** The ref is drawn whole: its text fits its box and the box lies inside the card. */
async function refWhole(page: Page, c: Locator): Promise<void> {
  const ref = c.locator('.card-ref');
  await expect(ref).toBeVisible();
  const fits = await ref.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const cardBox = el.closest('.job-card')!.getBoundingClientRect();
    return el.scrollWidth <= el.clientWidth + 0.5 && r.right <= cardBox.right + 0.5 && r.left >= cardBox.left - 0.5;
  });
  expect(fits, `${await ref.textContent()} is cut`).toBe(true);
}

test('week cards show time, ref, priority as text, trade and short address', async ({ page, workspace }) => {
  await page.goto(workspace.link(`?view=diary&date=${DAY}`));
  const c = card(cell(page, 'OP-1', DAY), 'J-1002');
  await expect(c).toBeVisible();
  await expect(c).toContainText('08:00');
  await expect(c.locator('.card-prio-word')).toHaveText('ROUT');
  await expect(c).toHaveAttribute('data-priority', 'routine'); // the colour of its edge
  await expect(c.locator('.card-sub')).toContainText('GAS');
  await expect(c.locator('.card-addr')).toHaveText('3 Cardigan Lane');
  await refWhole(page, c);
});

test('two weeks fit a 1600 px window, refs whole', async ({ page, workspace }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(workspace.link(`?view=diary&date=${DAY}&span=fortnight`));
  await expect(row(page, 'OP-1').locator('[data-date]')).toHaveCount(14);
  const tl = page.getByRole('table', { name: 'Diary board' });
  expect(await tl.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  for (const ref of ['J-1002', 'J-1003', 'J-1004']) {
    const c = card(tl, ref);
    await expect(c).toBeVisible();
    await refWhole(page, c);
    await expect(c.locator('.card-prio-letter')).toHaveText('R'); // priority as text, even this narrow
  }
});

test('the day view never truncates a ref, even of a 15-minute job', async ({ page, workspace }) => {
  await page.goto(workspace.link(`?view=diary&date=${DAY}&span=day`));
  const short = card(row(page, 'OP-1'), 'J-1004');
  await expect(short).toBeVisible();
  for (const ref of ['J-1002', 'J-1004']) await refWhole(page, card(row(page, 'OP-1'), ref));
  await refWhole(page, card(row(page, 'OP-2'), 'J-1003'));
  await expect(short.locator('.card-prio')).toHaveText('ROUT');
});
