// The dependency map's slack through the real host: a job placed after its SLA deadline shows
// negative slack and is critical; unplaced jobs start at the start of the range being planned, not
// at the clock; zoomed out, detail is hidden and refs stay readable rather than shrinking.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importPlan } from './plan-data';

const node = (page: Page, ref: string) => page.locator(`.dep-node[data-job-ref="${ref}"]`);

test.beforeEach(({ workspace }) => importPlan(workspace));

test('a job placed after its deadline has negative slack and is critical', async ({ page, workspace }) => {
  // P-4 (PLANNED, raised 5 Jun 2028: due 60 working days later, in August) booked in October.
  workspace.cli(['assign', '--job', 'P-4', '--operative', 'OP-1', '--date', '2028-10-02', '--force-reason', 'Tenant away until October']);
  await page.goto(workspace.link('?view=dependencies&date=2028-06-05'));
  await expect(node(page, 'P-4')).toHaveAttribute('data-critical', 'true');
  const slack = Number(await node(page, 'P-4').getAttribute('data-slack-min'));
  expect(slack).toBeLessThan(0);
  await expect(node(page, 'P-4')).toContainText(/Late \d/);
  // P-3, a short branch with room before P-4's deadline, still has slack and is not critical.
  await expect(node(page, 'P-3')).toHaveAttribute('data-critical', 'false');
});

test('unplaced jobs start at the start of the range being planned, not at the clock', async ({ page, workspace }) => {
  await page.goto(workspace.link('?view=dependencies&date=2028-06-14&span=week'));
  await expect(node(page, 'P-1')).toContainText('Unscheduled · from Mon 12 Jun');
  await page.goto(workspace.link('?view=dependencies&date=2028-06-21&span=week'));
  await expect(node(page, 'P-1')).toContainText('Unscheduled · from Mon 19 Jun');
});

test('zoomed out, a node hides its detail and its ref stays readable', async ({ page, workspace }) => {
  await page.goto(workspace.link('?view=dependencies&date=2028-06-05'));
  const ref = node(page, 'P-1').locator('.dep-node-ref');
  await expect(ref).toBeVisible();
  await expect(node(page, 'P-1').locator('.dep-node-line').first()).toBeVisible();
  const flow = page.locator('.react-flow');
  const zoomOut = page.getByRole('button', { name: /zoom out/i });
  await expect(async () => {
    await zoomOut.click();
    await expect(flow).toHaveAttribute('data-detail', 'low', { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await expect(node(page, 'P-1').locator('.dep-node-line').first()).toBeHidden();
  // On screen the ref is still at least 12 px tall, though the map is drawn at under 0.6×.
  await expect.poll(async () => (await ref.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(12);
});
