// The dependency map through the real host: the critical path of a chain is marked and its
// short branch (with slack) is not; drawing a link that would close a cycle is refused with
// the cycle's refs in order; a deep link zooms to a job and opens its panel.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importPlan } from './plan-data';

// The app's status line (drag-and-drop libraries add live regions of their own).
const status = (page: Page) => page.locator('[data-app-status]');
const node = (page: Page, ref: string) => page.locator(`.dep-node[data-job-ref="${ref}"]`);

type Box = { x: number; y: number; width: number; height: number };

/** The handle's box once the map has stopped moving it (a re-layout or fit after a change). */
async function settledBox(page: Page, ref: string, handle: 'source' | 'target'): Promise<Box> {
  const at = node(page, ref).locator(`.react-flow__handle.${handle}`);
  let last = '';
  let box: Box | null = null;
  await expect
    .poll(async () => {
      box = await at.boundingBox();
      const now = JSON.stringify(box);
      const still = box !== null && now === last;
      last = now;
      return still;
    })
    .toBe(true);
  return box!;
}

/** Drags from `from`'s right (source) handle to `to`'s left (target) handle: "`to` waits for `from`". */
async function drawLink(page: Page, from: string, to: string): Promise<void> {
  const a = await settledBox(page, from, 'source');
  const b = await settledBox(page, to, 'target');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

test('marks the critical path of a chain and not the job with slack', async ({ page, workspace }) => {
  importPlan(workspace);
  // P-1 placed first thing Monday: the chain runs from the real diary slot.
  workspace.cli(['assign', '--job', 'P-1', '--operative', 'OP-1', '--date', '2028-06-05', '--start', '08:00']);
  await page.goto(workspace.link('?view=dependencies'));

  const map = page.getByRole('region', { name: 'Dependency map' });
  await expect(node(page, 'P-1')).toBeVisible();
  for (const ref of ['P-1', 'P-2', 'P-4']) await expect(node(page, ref)).toHaveAttribute('data-critical', 'true');
  await expect(node(page, 'P-3')).toHaveAttribute('data-critical', 'false');
  await expect(node(page, 'P-3')).toHaveAttribute('data-slack-min', '90');
  await expect(node(page, 'P-3')).toContainText('Slack 1h 30m');
  await expect(node(page, 'P-2')).toContainText('Critical');
  await expect(node(page, 'P-1')).toContainText('Mon 5 Jun 08:00–09:00 · Ada Lovelace');
  await expect(node(page, 'P-3')).toContainText('Unscheduled');
  // The lone job is in no chain, so not on the map until asked for.
  await expect(node(page, 'P-5')).toHaveCount(0);
  await page.getByLabel('Show jobs with no links').check();
  await expect(node(page, 'P-5')).toHaveAttribute('data-critical', 'false');
  await expect(node(page, 'P-5')).toContainText('No links');
  await expect(map).toBeVisible();
  await expect(page.getByText('3 critical')).toBeVisible();
});

test('drawing a link that would close a cycle is refused, naming the cycle', async ({ page, workspace }) => {
  importPlan(workspace);
  await page.goto(workspace.link('?view=dependencies'));
  await expect(node(page, 'P-4')).toBeVisible();

  // "P-1 waits for P-4".
  await drawLink(page, 'P-4', 'P-1');

  await expect(status(page)).toHaveText(
    'Error: P-1 cannot depend on P-4: that would close the cycle P-4 → P-1 → P-2 → P-4; nothing was changed',
  );
  // Undo is per window: the CLI's import is not this window's to undo, and the refusal added nothing.
  await expect(page.getByRole('banner').getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Nothing to undo');
  // Nothing changed: still four jobs in one chain, P-1 first.
  await expect(page.locator('.dep-node')).toHaveCount(4);
  await expect(node(page, 'P-1')).toHaveAttribute('data-critical', 'true');

  // A link that closes nothing is made, and the lone job joins the chain.
  await page.getByLabel('Show jobs with no links').check();
  await drawLink(page, 'P-4', 'P-5');
  await expect(status(page)).toHaveText('Linked: P-5 after P-4');
  await expect(node(page, 'P-5')).toHaveAttribute('data-critical', 'true');
});

test('a deep link zooms to a job and its panel edits owner and done-when, undoably', async ({ page, workspace }) => {
  importPlan(workspace);
  await page.goto(workspace.link('?view=dependencies&job=P-5'));
  const panel = page.getByRole('region', { name: 'Job P-5' });
  await expect(panel).toBeVisible();
  await expect(node(page, 'P-5')).toBeVisible(); // shown although it has no links
  await expect(panel.getByText('No owner')).toBeVisible();
  await panel.getByLabel('Owner', { exact: true }).fill('Jo Marsh');
  await panel.getByLabel('Done when', { exact: true }).fill('Shed painted, brushes cleaned');
  await panel.getByRole('button', { name: 'Save owner and done-when' }).click();
  await expect(status(page)).toHaveText('Saved owner and definition of done for P-5');
  await expect(node(page, 'P-5')).toContainText('Jo Marsh');

  // The same panel refuses a cycle typed by hand, with the refs.
  await page.goto(workspace.link('?view=dependencies&job=P-1'));
  const p1 = page.getByRole('region', { name: 'Job P-1' });
  await p1.getByLabel('Depends on job').fill('P-4');
  await p1.getByRole('button', { name: 'Add link' }).click();
  await expect(status(page)).toContainText('that would close the cycle P-4 → P-1 → P-2 → P-4');

  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(status(page)).toHaveText('Undid: Set owner and definition of done of P-5');
});
