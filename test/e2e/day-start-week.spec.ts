// Issue 13: with no date in the address the diary opens on diary/get-start-week — the nearest week
// that has work when today's has none; a date in the address always wins.
import { expect, test } from './fixtures';
import { addDays } from '../../shared/calendar/dates';
import { mondayOf } from '../../electron/backend/editing/clock';
import { card, row } from './diary.helpers';
import { assign, importTeam, today, workingOnOrAfter } from './day-forms.helpers';

test('the diary opens on the nearest week with work when no date is given', async ({ page, request, workspace }) => {
  await importTeam(request, workspace);
  const later = workingOnOrAfter(addDays(today(), 21));
  await assign(request, workspace, 'J-2001', 'OP-1', later, '09:00');

  await page.goto(workspace.url);
  await expect(page).toHaveURL(new RegExp(`[?&]date=${mondayOf(later)}(&|$)`));
  await expect(card(row(page, 'OP-1'), 'J-2001')).toBeVisible();

  await page.goto(workspace.link(`?view=diary&date=${today()}`));
  await expect(row(page, 'OP-1')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]date=${today()}(&|$)`));
});
