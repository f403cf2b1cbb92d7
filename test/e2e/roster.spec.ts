// The roster view through the real host: editing a day (form and drag) updates the grid and the
// capacity chart; a change that leaves placed jobs uncovered is flagged, and one action sends
// them back to the tray.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type WorkspaceFixture } from './fixtures';
import { importGood } from './good-fixture';

const GOOD = path.resolve('test/fixtures/csv/good');

async function openRoster(page: Page, workspace: { cli(args: string[]): string; link(q: string): string }) {
  importGood(workspace);
  await page.goto(workspace.link('?view=roster&date=2027-01-04'));
  await expect(page.getByRole('table', { name: 'Roster' })).toBeVisible();
}

/** GAS hours available per day, as the chart's figure carries them. */
const gasAvailable = (page: Page) => page.locator('figure[data-trade="GAS"]');

test('editing a day in the roster updates the grid and the capacity chart; undo restores it', async ({ page, workspace }) => {
  await openRoster(page, workspace);
  // Mon–Sun 4–10 Jan: Aisha and Priya (GAS) 8.5 h each; Aisha at the dentist Thu; Priya works Mon–Thu.
  await expect(gasAvailable(page)).toHaveAttribute('data-available', /^17,17,17,8\.5,8\.5,0,0,/);
  const cell = page.locator('[data-operative-id="OP-001"] [data-date="2027-01-05"]');
  await expect(cell).toHaveAttribute('data-source', 'pattern');

  await page.getByRole('button', { name: /^Aisha Khan, Tue 5 Jan: working 08:00–16:30/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Aisha Khan · 5 Jan 2027' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('End', { exact: true }).fill('12:00');
  await dialog.getByRole('button', { name: 'Save day' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('status')).toHaveText(/^Roster saved: Aisha Khan, 5 Jan 2027 — working 08:00–12:00, changed for this day\./);
  await expect(cell).toHaveAttribute('data-source', 'override');
  await expect(cell).toContainText('8–12');
  await expect(gasAvailable(page)).toHaveAttribute('data-available', /^17,12\.5,17,/);
  await expect(page.locator('figure[data-trade="GAS"] figcaption')).toHaveText(/^GAS/);

  // A day off by keyboard: the form is the keyboard way.
  await page.getByRole('button', { name: /^Aisha Khan, Tue 5 Jan:/ }).focus();
  await page.keyboard.press('Enter');
  await dialog.getByRole('radio', { name: 'Day off' }).check();
  await dialog.getByRole('button', { name: 'Save day' }).click();
  await expect(gasAvailable(page)).toHaveAttribute('data-available', /^17,8\.5,17,/);
  await expect(cell).toHaveAttribute('data-state', 'off');

  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Undid: Roster: Aisha Khan, Tue 5 Jan off/);
  await expect(gasAvailable(page)).toHaveAttribute('data-available', /^17,12\.5,17,/);
});

test('dragging the end of the hours bar changes the shift and the chart', async ({ page, workspace }) => {
  await openRoster(page, workspace);
  const cell = page.locator('[data-operative-id="OP-001"] [data-date="2027-01-06"]');
  const handle = cell.locator('.rc-handle[data-edge="end"]');
  await cell.hover();
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x - 10, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x - 20, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByRole('status')).toHaveText(/^Roster saved: Aisha Khan, 6 Jan 2027 8–\d{1,2}(:\d\d)?\./);
  await expect(cell).toHaveAttribute('data-source', 'override');
  const available = (await gasAvailable(page).getAttribute('data-available'))!.split(',').map(Number);
  expect(available[2]).toBeLessThan(17);
  expect(available[2]).toBeGreaterThan(8.5);
});

/** J-1017 placed on Aisha's Tuesday, then that day made a day off in the roster view: the drop-outs panel. */
async function dropOutJ1017(page: Page, workspace: WorkspaceFixture): Promise<Locator> {
  workspace.cli(['import', '--operatives', `${GOOD}/operatives.csv`, '--jobs', `${GOOD}/jobs.csv`]);
  workspace.cli(['assign', '--job', 'J-1017', '--operative', 'OP-001', '--date', '2027-01-05']);
  await page.goto(workspace.link('?view=roster&date=2027-01-04'));
  await page.getByRole('button', { name: /^Aisha Khan, Tue 5 Jan:/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Aisha Khan · 5 Jan 2027' });
  await dialog.getByRole('radio', { name: 'Day off' }).check();
  await dialog.getByRole('button', { name: 'Save day' }).click();
  return page.getByRole('region', { name: '1 placed job no longer fits the roster' });
}

test('a roster change that leaves a placed job uncovered flags it; one action sends it back to the tray', async ({ page, workspace }) => {
  const panel = await dropOutJ1017(page, workspace);
  await expect(page.getByRole('status')).toContainText('1 placed job no longer fits the roster: J-1017.');
  await expect(panel).toContainText('J-1017');
  await expect(panel).toContainText('Aisha Khan is rostered off on 5 Jan 2027 (roster override)');
  await expect(panel.getByRole('button', { name: 'Re-run auto-schedule on them' })).toBeEnabled();
  await panel.getByRole('button', { name: 'Send it back to the tray' }).click();
  await expect(page.getByRole('status')).toHaveText('Sent 1 job back to the tray: J-1017.');
  await expect(panel).toBeHidden();
  expect(workspace.cli(['export', '--what', 'diary', '--out', '-'])).not.toContain('J-1017');
});

test('re-running auto-schedule on drop-outs places them with someone the roster covers', async ({ page, workspace }) => {
  const panel = await dropOutJ1017(page, workspace);
  await panel.getByRole('button', { name: 'Re-run auto-schedule on them' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Re-scheduled 1 of 1 dropped-out jobs\.$/, { timeout: 30_000 });
  await expect(panel).toBeHidden();
  const diary = workspace.cli(['export', '--what', 'diary', '--out', '-']);
  expect(diary).toMatch(/J-1017,OP-\d+,2027-01-\d\d/);
  expect(diary).not.toMatch(/J-1017,OP-001,2027-01-05/);
});

test('absences are added with a type and reason, and shown in the grid', async ({ page, workspace }) => {
  await openRoster(page, workspace);
  await page.getByRole('button', { name: 'Add absence…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add absence' });
  await dialog.getByLabel('Operative', { exact: true }).selectOption('OP-002');
  await dialog.getByLabel('Type', { exact: true }).selectOption('training');
  await dialog.getByLabel('From', { exact: true }).fill('2027-01-12');
  await dialog.getByLabel('To', { exact: true }).fill('2027-01-13');
  await dialog.getByLabel('Reason', { exact: true }).fill('Asbestos awareness');
  await dialog.getByRole('button', { name: 'Add absence' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-operative-id="OP-002"] [data-date="2027-01-12"]')).toHaveAttribute('data-state', 'absent');
  await expect(page.getByRole('table', { name: 'Absences in these weeks' })).toContainText('Asbestos awareness');
});

test('a shortfall is summarised in words and opens the diary on its day', async ({ page, workspace }) => {
  workspace.cli(['import', '--operatives', `${GOOD}/operatives.csv`, '--jobs', `${GOOD}/jobs.csv`]);
  // Both GAS operatives off on Tue 5 Jan, with GAS work due by then.
  const fs = await import('node:fs');
  const file = path.join(workspace.dir, 'roster.csv');
  fs.writeFileSync(file, 'operative_id,date,start,end,kind\nOP-001,2027-01-05,,,off\nOP-003,2027-01-05,,,off\n');
  expect(workspace.cli(['roster', 'import', '--file', file])).toMatch(/^Imported 2 roster rows/);
  await page.goto(workspace.link('?view=roster&date=2027-01-04'));
  const caption = page.locator('figure[data-trade="GAS"] figcaption');
  await expect(caption).toHaveText(/^GAS short by [\d.]+ h on Tue 5 Jan; \d+ \w+ (and \d+ \w+ )?jobs? at risk$/);
  await expect(page.getByRole('list', { name: 'Capacity summary' }).locator('li').first()).toHaveText(await caption.innerText());
  await page
    .getByRole('list', { name: 'GAS shortfalls' })
    .getByRole('button', { name: /^Tue 5 Jan: short/ })
    .click();
  await expect(page).toHaveURL(/[?&]view=diary(&|$)/);
  const url = new URL(page.url());
  expect(url.searchParams.get('date')).toBe('2027-01-05');
  expect(url.searchParams.get('trade')).toBe('GAS');
});

test('a bad roster.csv is refused whole from the roster view, with file, line and field', async ({ page, workspace }) => {
  await openRoster(page, workspace);
  await page.getByRole('button', { name: 'roster.csv…' }).click();
  const dialog = page.getByRole('dialog', { name: 'roster.csv' });
  await dialog.getByLabel('File').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'operative_id,date,start,end,kind\nOP-001,2027-01-05,08:00,12:00,work\nOP-001,2027-01-05,22:00,06:00,on_call\nOP-404,2027-01-06,08:00,12:00,work\n',
    ),
  });
  await dialog.getByRole('button', { name: 'Import' }).click();
  const errors = dialog.getByRole('list', { name: 'Roster import errors' });
  await expect(errors.getByRole('listitem')).toHaveText([
    'bad.csv line 3, end: end 06:00 is before start 22:00; a shift crossing midnight must be marked: write 06:00+1',
    'bad.csv line 4, operative_id: unknown operative "OP-404" (not among the workspace\'s operatives)',
  ]);
  await expect(page.getByRole('status')).toHaveText('Roster import failed: 2 problems. Nothing was imported.');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-operative-id="OP-001"] [data-date="2027-01-05"]')).toHaveAttribute('data-source', 'pattern');
});
