// The lock on a published visit (issue 15) is drawn on its diary card (issue 13): a padlock whose
// accessible name says what it keeps, the card's own name saying it too, and `data-lock`.
import { expect, test } from './fixtures';
import { api } from './actuals.helpers';
import { DAY, card, cell, importRuleSet, row } from './diary.helpers';

test.beforeEach(async ({ workspace, request }) => {
  importRuleSet(workspace);
  for (const ref of ['J-1002', 'J-1004']) await api(request, workspace, 'diary/assign-job', { ref, operative_id: 'OP-1', date: DAY });
  await api(request, workspace, 'diary/assign-job', { ref: 'J-1003', operative_id: 'OP-2', date: DAY });
  await api(request, workspace, 'locks/set-lock', { ref: 'J-1002', lock: 'time', reason: 'appointment confirmed with the tenant' });
  await api(request, workspace, 'locks/set-lock', { ref: 'J-1003', lock: 'both', reason: 'tenant asked for this operative' });
});

test('locked visits show their lock on the week and day cards; unlocked ones show none', async ({ page, workspace, request }) => {
  await page.goto(workspace.link(`?view=diary&date=${DAY}`));
  const time = card(cell(page, 'OP-1', DAY), 'J-1002');
  await expect(time).toHaveAttribute('data-lock', 'time');
  await expect(time).toHaveAttribute('aria-label', /Locked: time(,|$)/);
  await expect(time.locator('.card-lock')).toHaveAttribute('aria-label', 'Locked: time');
  await expect(time.locator('.card-lock')).toHaveAttribute('title', 'Locked: time (appointment confirmed with the tenant)');
  const both = card(cell(page, 'OP-2', DAY), 'J-1003');
  await expect(both).toHaveAttribute('data-lock', 'both');
  await expect(both.locator('.card-lock')).toHaveAttribute('aria-label', 'Locked: time and operative');
  const free = card(cell(page, 'OP-1', DAY), 'J-1004');
  await expect(free).toBeVisible();
  await expect(free).not.toHaveAttribute('data-lock');
  await expect(free.locator('.card-lock')).toHaveCount(0);

  // An operative lock, set while the board is open, is drawn once the board reloads; the day view draws it too.
  await api(request, workspace, 'locks/set-lock', { ref: 'J-1004', lock: 'operative', reason: 'specialist access needed' });
  await page.goto(workspace.link(`?view=diary&date=${DAY}&span=day`));
  const op = card(row(page, 'OP-1'), 'J-1004');
  await expect(op).toHaveAttribute('data-lock', 'operative');
  await expect(op.locator('.card-lock')).toHaveAttribute('aria-label', 'Locked: operative');
  await expect(card(row(page, 'OP-1'), 'J-1002').locator('.card-lock')).toHaveAttribute('aria-label', 'Locked: time');
});
