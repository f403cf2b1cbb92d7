// The board after its own drops (issue 13, drop-to-stored): the stored move is applied to the
// board's copy as the backend applied it, without loading the whole board again, and the copy is
// then exactly what a reload shows. A write made elsewhere in the meantime still reloads it.
import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { DAY, card, cell, dragAndDrop, importRuleSet, openBoard, tray } from './diary.helpers';

test.beforeEach(({ workspace }) => importRuleSet(workspace));

const refsIn = (page: Page, operativeId: string, date: string) =>
  cell(page, operativeId, date)
    .locator('[data-job-ref]')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-job-ref')} ${e.querySelector('.card-time')?.textContent ?? ''}`));

test('a stored drop is drawn from the board’s own copy, with no second board load, and matches a reload', async ({ page, workspace }) => {
  workspace.cli(['assign', '--job', 'J-1004', '--operative', 'OP-1', '--date', DAY]);
  const boards: Request[] = [];
  page.on('request', (r) => r.url().includes('/api/diary/get-board') && boards.push(r));
  await openBoard(page, workspace);
  await expect(card(cell(page, 'OP-1', DAY), 'J-1004')).toBeVisible();
  const loads = boards.length;

  // Into the day, above J-1004: both are re-timed, J-1004 moves down a place.
  const above = (await card(cell(page, 'OP-1', DAY), 'J-1004').boundingBox())!;
  const from = (await card(tray(page), 'J-1002').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 6, from.y + from.height / 2 + 3, { steps: 3 });
  await page.mouse.move(above.x + above.width / 2, above.y + 2, { steps: 12 });
  await page.mouse.up();
  await expect(page.getByRole('status')).toHaveText('J-1002 placed on Olivia Good, Tue 5 Jan 2027 at 08:00');
  await expect.poll(() => refsIn(page, 'OP-1', DAY)).toEqual(['J-1002 08:00', expect.stringMatching(/^J-1004 \d\d:\d\d$/)]);
  await expect(card(tray(page), 'J-1002')).toHaveCount(0);
  await expect(page.locator('.job-card[data-pending]')).toHaveCount(0);
  // Two more version answers (the board's check, the store watch's next poll): any board load
  // the drop caused has been asked for by then.
  for (let i = 0; i < 2; i++) await page.waitForResponse((r) => r.url().includes('/api/workspace/get-version'));
  expect(boards.length).toBe(loads);

  const shown = await refsIn(page, 'OP-1', DAY);
  await page.reload();
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toBeVisible();
  expect(await refsIn(page, 'OP-1', DAY)).toEqual(shown);

  // And back to the tray: the day closes up.
  await dragAndDrop(page, card(cell(page, 'OP-1', DAY), 'J-1002'), tray(page));
  await expect(page.getByRole('status')).toHaveText('J-1002 moved to Unscheduled');
  await expect.poll(() => refsIn(page, 'OP-1', DAY)).toEqual([expect.stringMatching(/^J-1004 08:00$/)]);
  await expect(card(tray(page), 'J-1002')).toBeVisible();
});

test('a write made elsewhere before the board noticed it still reloads the board after a drop', async ({ page, workspace }) => {
  await openBoard(page, workspace);
  await expect(card(tray(page), 'J-1004')).toBeVisible();
  // Hold the store watch's polls, so only the board's own check after its drop can notice the CLI's write.
  let dropped = false;
  let release: () => void = () => {};
  const go = new Promise<void>((r) => (release = r));
  await page.route('**/api/workspace/get-version', async (route) => {
    if (!dropped) await go;
    await route.continue();
  });
  workspace.cli(['assign', '--job', 'J-1004', '--operative', 'OP-7', '--date', DAY]);
  await expect(card(cell(page, 'OP-7', DAY), 'J-1004')).toHaveCount(0);

  await dragAndDrop(page, card(tray(page), 'J-1002'), cell(page, 'OP-1', DAY));
  dropped = true;
  await expect(page.getByRole('status')).toHaveText('J-1002 placed on Olivia Good, Tue 5 Jan 2027 at 08:00');
  await expect(card(cell(page, 'OP-7', DAY), 'J-1004')).toBeVisible();
  await expect(card(tray(page), 'J-1004')).toHaveCount(0);
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toBeVisible();
  release();
});
