// Shared by the actuals specs: the actuals plan (test/fixtures/actuals.ts) published for Tue 5 –
// Wed 6 Jan 2027 through the real host's API, and actuals.csv text to import through the app.
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import path from 'node:path';
import { JOBS, OPERATIVES, TUE, WED } from '../fixtures/actuals';
import { expect, type WorkspaceFixture } from './fixtures';

export { actualsCsv, THU, TUE, WED } from '../fixtures/actuals';

export async function api<T = unknown>(request: APIRequestContext, ws: WorkspaceFixture, name: string, input: unknown): Promise<T> {
  const res = await request.post(`${ws.origin}/api/${name}`, { headers: { 'x-planwright-token': ws.token }, data: input });
  const body = (await res.json()) as { ok: boolean; result?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
  return body.result as T;
}

/** Imports the plan, places it, and publishes Tue–Wed as version 1 (a really signed pack). */
export async function publishedPlan(request: APIRequestContext, ws: WorkspaceFixture): Promise<void> {
  await api(request, ws, 'import/run-csv', { operatives: OPERATIVES, jobs: JOBS });
  const place = (ref: string, operative_id: string, date: string) =>
    api(request, ws, 'diary/assign-job', { ref, operative_id, date, override_reason: 'e2e fixture' });
  await place('J-1', 'OP-1', TUE);
  await place('J-4', 'OP-1', TUE);
  await place('J-2', 'OP-1', WED);
  await place('J-3', 'OP-2', TUE);
  await place('J-5', 'OP-3', TUE);
  const v = await api<{ version: number }>(request, ws, 'packs/publish', {
    from: TUE,
    to: WED,
    out_dir: path.join(ws.dir, 'packs'),
    override_reason: 'e2e fixture',
    passphrase: 'e2e passphrase',
  });
  expect(v.version).toBe(1);
}

/** Imports actuals.csv through the Plan vs actual view's file control. */
export async function importActuals(page: Page, ws: WorkspaceFixture, text: string, name = 'actuals.csv'): Promise<void> {
  if (!new URL(page.url()).search.includes('view=actuals')) await page.goto(ws.link(`?view=actuals&date=${TUE}`));
  await page.getByLabel('Import actuals.csv').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

export function rebooking(page: Page): Locator {
  return page.getByRole('region', { name: 'Rebooking' });
}
