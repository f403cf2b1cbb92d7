// The app frame against a seeded workspace on the real browser host: deep links, the
// virtualized Jobs table (SLA column, sorting, filtering), navigation and themes.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ seedArgs: ['--jobs', '400', '--operatives', '15'], colorScheme: 'light' });

const VIEW_NAMES = [
  'Diary',
  'Jobs',
  'Operatives',
  'Dependencies',
  'Matrix',
  'Publish',
  'Roster',
  'Scenarios',
  'Plan vs actual',
  'Change control',
] as const;
const VIEW_IDS: Partial<Record<(typeof VIEW_NAMES)[number], string>> = { 'Plan vs actual': 'actuals', 'Change control': 'control' };

function jobsTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Jobs', exact: true });
}

/** SLA deadlines ('YYYY-MM-DDTHH:MM') of the rendered rows, in display order. */
function renderedDeadlines(table: Locator): Promise<string[]> {
  return table.locator('[data-job-ref] time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
}

function isSorted(values: string[], dir: 'asc' | 'desc'): boolean {
  return values.every((v, i) => i === 0 || (dir === 'asc' ? values[i - 1]! <= v : values[i - 1]! >= v));
}

test('deep link ?view=jobs opens the virtualized Jobs table with an SLA deadline column', async ({ page, workspace }) => {
  await page.goto(workspace.link('?view=jobs'));

  const nav = page.getByRole('navigation', { name: 'Views' });
  await expect(nav.getByRole('link', { name: 'Jobs' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Jobs' })).toBeVisible();

  const table = jobsTable(page);
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'SLA deadline' })).toBeVisible();
  await expect(page.getByText('400 of 400 jobs')).toBeVisible();
  await expect(table.locator('[data-job-ref]').first()).toBeVisible();
  // Virtualized: only the visible slice of the 400 rows is in the DOM.
  expect(await table.locator('[data-job-ref]').count()).toBeLessThan(100);
  await expect(table).toHaveAttribute('aria-rowcount', '401');

  // The deep link stays in the address bar (with the focus date), the token does not.
  await expect(page).toHaveURL(/\?view=jobs&date=\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('header')).toContainText('400 jobs');
});

test('sorts by SLA deadline both ways, and by another column', async ({ page, workspace }) => {
  await page.goto(workspace.link('?view=jobs'));
  const table = jobsTable(page);
  const sla = table.getByRole('columnheader', { name: 'SLA deadline' });
  await expect(table.locator('[data-job-ref]').first()).toBeVisible();

  // Soonest deadline first is the planner's default.
  await expect(sla).toHaveAttribute('aria-sort', 'ascending');
  const asc = await renderedDeadlines(table);
  expect(asc.length).toBeGreaterThan(5);
  expect(isSorted(asc, 'asc')).toBe(true);

  await sla.getByRole('button').click();
  await expect(sla).toHaveAttribute('aria-sort', 'descending');
  const desc = await renderedDeadlines(table);
  expect(isSorted(desc, 'desc')).toBe(true);
  expect(desc[0]! >= asc[asc.length - 1]!).toBe(true);

  const ref = table.getByRole('columnheader', { name: 'Ref' });
  await ref.getByRole('button').click();
  await expect(ref).toHaveAttribute('aria-sort', 'ascending');
  await expect(sla).toHaveAttribute('aria-sort', 'none');
  const refs = await table.locator('[data-job-ref]').evaluateAll((els) => els.map((e) => e.getAttribute('data-job-ref') ?? ''));
  const expected = [...refs].sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));
  expect(refs).toEqual(expected);
});

test('filters jobs by text, priority and status', async ({ page, workspace }) => {
  await page.goto(workspace.link('?view=jobs'));
  const table = jobsTable(page);
  const first = table.locator('[data-job-ref]').first();
  await expect(first).toBeVisible();
  const ref = (await first.getAttribute('data-job-ref'))!;

  const filter = page.getByRole('searchbox', { name: 'Filter jobs' });
  await filter.fill(ref);
  await expect(table.locator(`[data-job-ref="${ref}"]`)).toBeVisible();
  await expect(page.getByText(/^\d+ of 400 jobs$/)).not.toHaveText('400 of 400 jobs');

  await filter.fill('no such job anywhere');
  await expect(page.getByText('0 of 400 jobs')).toBeVisible();
  await expect(page.getByText('No jobs match the filter.')).toBeVisible();

  await filter.fill('');
  await expect(page.getByText('400 of 400 jobs')).toBeVisible();
  await page.getByLabel('Priority').selectOption('EMERGENCY');
  await expect(page.getByText(/^\d+ of 400 jobs$/)).not.toHaveText('400 of 400 jobs');
  const priorities = await table.locator('[data-job-ref] [data-priority]').allTextContents();
  expect(priorities.length).toBeGreaterThan(0);
  expect(new Set(priorities)).toEqual(new Set(['EMERGENCY']));

  const emergencies = (await page.getByText(/^\d+ of 400 jobs$/).textContent())!;
  await page.getByLabel('Status').selectOption('open'); // the seed's jobs are all open
  await expect(page.getByText(/^\d+ of 400 jobs$/)).toHaveText(emergencies);
  await page.getByLabel('Status').selectOption('cancelled');
  await expect(page.getByText(/^0 of 400 jobs$/)).toBeVisible();
});

test('theme toggle switches data-theme and survives a reload', async ({ page, workspace }) => {
  await page.goto(workspace.link('?view=jobs'));
  const html = page.locator('html');
  const toggle = page.getByRole('button', { name: 'Toggle dark theme' });

  await expect(html).toHaveAttribute('data-theme', 'light'); // follows prefers-color-scheme
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(jobsTable(page)).toBeVisible(); // the reload kept the session token

  await page.getByRole('button', { name: 'Toggle dark theme' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('nav links switch views, default to the diary and keep the URL in sync', async ({ page, workspace }) => {
  await page.goto(workspace.url);
  const nav = page.getByRole('navigation', { name: 'Views' });
  await expect(nav.getByRole('link')).toHaveText([...VIEW_NAMES]);
  await expect(nav.getByRole('link', { name: 'Diary' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Diary' })).toBeVisible();

  for (const name of VIEW_NAMES) {
    await nav.getByRole('link', { name }).click();
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]view=${VIEW_IDS[name] ?? name.toLowerCase()}(&|$)`));
  }

  // Views not built yet say what they will hold.
  await nav.getByRole('link', { name: 'Matrix' }).click();
  await expect(page.getByRole('main')).toContainText('impact/effort');

  await nav.getByRole('link', { name: 'Operatives' }).click();
  const ops = page.getByRole('table', { name: 'Operatives', exact: true });
  await expect(ops.locator('[data-operative-id]').first()).toBeVisible();
  await expect(page.getByText('15 of 15 operatives')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Filter operatives' }).fill('no such person');
  await expect(page.getByText('0 of 15 operatives')).toBeVisible();
});

test('deep link with a date focuses that week in the diary', async ({ page, workspace }) => {
  await page.goto(workspace.link('?view=diary&date=2027-01-06'));
  await expect(page.getByText('4–10 Jan 2027')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Mon 4 Jan' })).toBeVisible();
  const rows = page.locator('[role="row"][data-operative-id]');
  await expect(rows.first()).toBeVisible();
  await expect(rows.first().locator('[data-date]')).toHaveCount(7);
  await expect(rows.first().locator('[data-date="2027-01-04"]')).toHaveCount(1);

  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(page.getByText('11–17 Jan 2027')).toBeVisible();
  await expect(page).toHaveURL(/view=diary&date=2027-01-13$/);
});

test('API failures show in the status region, never as a blank window', async ({ page, workspace }) => {
  // No token in the URL (and none stored in this fresh tab): every API call is refused.
  await page.goto(`${workspace.origin}/?view=jobs`);
  await expect(page.getByRole('status')).toContainText('Error:');
  await expect(page.getByRole('heading', { level: 1, name: 'Jobs' })).toBeVisible();
  await expect(page.getByText(/^Could not load: /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
});
