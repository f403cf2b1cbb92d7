// Shared by the diary board specs: a small, deterministic data set (one GAS job and one operative
// per rule outcome, January 2027), imported through the CLI, and pointer-drag helpers that move in
// small steps as dnd-kit needs.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ruleSetFiles } from '../fixtures/rule-set';
import { expect } from './fixtures';
import type { WorkspaceFixture } from './fixtures';

export const DAY = '2027-01-05'; // Tue 5 Jan 2027
export const SATURDAY = '2027-01-09';

/** Operative id → what a drop of J-1002 on Tue 5 Jan must show. */
export const CASES = {
  'OP-1': { name: 'Olivia Good', drop: 'ok', reason: /Fits/ },
  'OP-2': { name: 'Ben Shaw', drop: 'blocked', reason: /J-1002 needs GAS ≥ 3; Ben Shaw has GAS 2/ }, // trade
  'OP-3': { name: 'Carla Expired', drop: 'blocked', reason: /GAS_SAFE certificate expired on 1 Jan 2027/ }, // certificate
  'OP-4': { name: 'Fay Flagged', drop: 'blocked', reason: /Do not send Fay Flagged to GAS work/ }, // flag
  'OP-5': { name: 'Anna Away', drop: 'blocked', reason: /Anna Away is absent/ }, // absence
  'OP-6': { name: 'Sam Short', drop: 'blocked', reason: /beyond Sam Short's 08:00–08:20 shift/ }, // shift
  'OP-7': { name: 'Walter Late', drop: 'warn', reason: /past the 09:30 shift end \(within the 60 min overtime allowance\)/ }, // soft: overtime
} as const;

export function importRuleSet(workspace: WorkspaceFixture): void {
  const args = ['import'];
  for (const [kind, text] of Object.entries(ruleSetFiles())) {
    const f = path.join(workspace.dir, `${kind}.csv`);
    fs.writeFileSync(f, text);
    args.push(`--${kind}`, f);
  }
  workspace.cli(args);
}

export function tray(page: Page): Locator {
  return page.getByRole('region', { name: 'Unscheduled' });
}

export function row(page: Page, operativeId: string): Locator {
  return page.locator(`[role="row"][data-operative-id="${operativeId}"]`);
}

export function cell(page: Page, operativeId: string, date: string): Locator {
  return row(page, operativeId).locator(`[data-date="${date}"]`);
}

export function card(scope: Page | Locator, ref: string): Locator {
  return scope.locator(`[data-job-ref="${ref}"]`);
}

export async function openBoard(page: Page, workspace: WorkspaceFixture, query = `?view=diary&date=${DAY}`): Promise<void> {
  await page.goto(workspace.link(query));
  await expect(row(page, 'OP-1')).toBeVisible();
}

async function center(l: Locator): Promise<{ x: number; y: number }> {
  const b = await l.boundingBox();
  if (!b) throw new Error('element has no box');
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/**
 * The centre of `l` once it has stopped moving: the same box over two animation frames. After a
 * drop the tray and the rows re-render when the refreshed plan arrives, so a card can still be
 * sliding into its new place when the next drag begins (a press on its old place missed, once in CI).
 */
async function settledCenter(l: Locator): Promise<{ x: number; y: number }> {
  let last = await center(l);
  for (let i = 0; i < 40; i++) {
    await l.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const now = await center(l);
    if (now.x === last.x && now.y === last.y) return now;
    last = now;
  }
  throw new Error('element kept moving for 40 frames');
}

/** Presses on `from` and moves (in small steps) until over `to`; the button stays down. */
export async function pickUpAndHover(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = await settledCenter(from);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(a.x + 6, a.y + 3, { steps: 3 }); // past the 4 px activation distance
  await hover(page, to);
}

export async function hover(page: Page, to: Locator): Promise<void> {
  const b = await settledCenter(to);
  await page.mouse.move(b.x, b.y, { steps: 12 });
}

export async function dragAndDrop(page: Page, from: Locator, to: Locator): Promise<void> {
  await pickUpAndHover(page, from, to);
  // The target may have moved while the pointer travelled (a row re-rendered): release on it.
  await hover(page, to);
  await page.mouse.up();
}
