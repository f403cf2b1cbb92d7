// Shared by the actuals specs: a small published plan (Tue 5 – Wed 6 Jan 2027) set up through
// the real host's API, and actuals.csv text to import through the app.
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import path from 'node:path';
import { expect, type WorkspaceFixture } from './fixtures';

export const TUE = '2027-01-05';
export const WED = '2027-01-06';
export const THU = '2027-01-07';
export const HEADER = 'ref,version,operative_id,date,arrived,left,outcome,reason,follow_on_trade,follow_on_minutes,notes';

const OPERATIVES = `id,name,trades,competences,start_lat,start_lon,shift_start,shift_end,working_days,areas
OP-1,Olivia Good,PLUMB:4;GEN:2,,53.8,-1.55,08:00,16:30,Mon;Tue;Wed;Thu;Fri,
OP-2,Ben Shaw,GAS:4,GAS_SAFE@2028-06-30,53.8,-1.55,08:00,16:30,Mon;Tue;Wed;Thu;Fri,
OP-3,Carla Joiner,CARP:3;PLAST:3,,53.8,-1.55,08:00,18:00,Mon;Tue;Wed;Thu;Fri,
`;

// J-1, J-2 and J-6 are at one address (J-2 spelt differently); J-6 stays unscheduled.
const JOBS = `ref,address,lat,lon,area,trade,min_proficiency,competences,priority,raised_at,duration_min,window,depends_on,impact,effort,owner,done_when,notes
J-1,"4 Brick Row, Leeds LS6 1AA",53.8,-1.55,LS6,PLUMB,2,,ROUTINE,2027-01-04T08:00:00Z,60,AM,,3,2,Sam Ellis,Leak fixed,
J-2,"4 brick row leeds LS6 1AA",53.8,-1.55,LS6,PLUMB,2,,URGENT,2027-01-04T08:00:00Z,60,ALL,,3,2,Sam Ellis,Tap replaced,
J-3,"9 Gas Street, Leeds LS7 2BB",53.8,-1.55,LS7,GAS,3,GAS_SAFE,ROUTINE,2027-01-04T08:00:00Z,60,ALL,,3,2,Sam Ellis,Boiler serviced,
J-4,"1 Flood Lane, Leeds LS8 3CC",53.8,-1.55,LS8,PLUMB,2,,EMERGENCY,2027-01-05T07:00:00Z,60,ALL,,5,1,Sam Ellis,Leak made safe,
J-5,"7 Oak Road, Leeds LS9 4DD",53.8,-1.55,LS9,CARP,2,,ROUTINE,2027-01-04T08:00:00Z,90,PM,,3,3,Sam Ellis,Door rehung,
J-6,"4 Brick Row, Leeds LS6 1AA",53.8,-1.55,LS6,GEN,1,,ROUTINE,2027-01-04T08:00:00Z,30,ALL,,2,1,Sam Ellis,Fence fixed,
`;

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

export const actualsCsv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

/** Imports actuals.csv through the Plan vs actual view's file control. */
export async function importActuals(page: Page, ws: WorkspaceFixture, text: string, name = 'actuals.csv'): Promise<void> {
  if (!new URL(page.url()).search.includes('view=actuals')) await page.goto(ws.link(`?view=actuals&date=${TUE}`));
  await page.getByLabel('Import actuals.csv').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

export function rebooking(page: Page): Locator {
  return page.getByRole('region', { name: 'Rebooking' });
}
