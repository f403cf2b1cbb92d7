// Shared by the day-editing specs (issue 13's editing UI): a small team and a few GAS jobs dated
// relative to the real today (the host runs on the real clock, so "raised in the future", SLA
// deadlines and suggestions are judged against now), imported and placed through the host's API
// (the same contract calls as the app; quicker than a CLI process per step on a loaded machine).
import type { APIRequestContext } from '@playwright/test';
import { addDays } from '../../shared/calendar/dates';
import { ENGLAND_WALES_BANK_HOLIDAYS, formatLongDate } from '../../shared/calendar';
import { parseInstant, toLocal } from '../../shared/sla';
import type { WorkspaceFixture } from './fixtures';

export const today = (): string => toLocal(Date.now()).date;
const HOLIDAYS = new Set(ENGLAND_WALES_BANK_HOLIDAYS.map((h) => h.date));
/** The first day on or after `date` that is not a bank holiday (the team is off on those). */
export function workingOnOrAfter(date: string): string {
  let d = date;
  while (HOLIDAYS.has(d)) d = addDays(d, 1);
  return d;
}
/** The next working day after today, and the one after that (the team works every day but bank holidays). */
export const tomorrow = (): string => workingOnOrAfter(addDays(today(), 1));
export const dayAfter = (): string => workingOnOrAfter(addDays(tomorrow(), 1));

const EVERY_DAY = 'Mon;Tue;Wed;Thu;Fri;Sat;Sun';

/** OP-1/OP-3/OP-4 can take GAS work (OP-3's GAS_SAFE certificate runs out in a year); OP-2 is a plumber. */
function operativesCsv(): string {
  const certEnd = addDays(today(), 365);
  return `id,name,trades,competences,start_lat,start_lon,shift_start,shift_end,working_days,areas
OP-1,Olivia Near,GAS:4,GAS_SAFE@2029-06-30,53.8,-1.55,07:00,19:00,${EVERY_DAY},
OP-2,Ben Plumb,PLUMB:3,,53.8,-1.55,07:00,19:00,${EVERY_DAY},
OP-3,Carla Cert,GAS:4;PLUMB:3,GAS_SAFE@${certEnd},53.81,-1.56,07:00,19:00,${EVERY_DAY},
OP-4,Dan Far,GAS:3,GAS_SAFE@2029-06-30,53.86,-1.45,07:00,19:00,${EVERY_DAY},
`;
}

/** J-2001/J-2002 need GAS_SAFE; J-2003 is plumbing (no certificate). Raised yesterday. */
function jobsCsv(): string {
  const raised = `${addDays(today(), -1)}T08:00`;
  return `ref,address,lat,lon,area,trade,min_proficiency,competences,priority,raised_at,duration_min,window,depends_on,impact,effort,owner,done_when,notes
J-2001,"3 Cardigan Lane, Leeds LS4 2LE",53.8,-1.55,LS4,GAS,3,GAS_SAFE,ROUTINE,${raised},60,ALL,,4,2,Sam Ellis,Boiler serviced,
J-2002,"12 Chapeltown Road, Leeds LS7 3AP",53.81,-1.54,LS7,GAS,3,GAS_SAFE,ROUTINE,${raised},60,ALL,,3,3,Priya Shah,Gas check done,
J-2003,"5 Seacroft Crescent, Leeds LS14 6NX",53.82,-1.5,LS14,PLUMB,2,,ROUTINE,${raised},60,ALL,,3,1,Sam Ellis,Leak fixed,
`;
}

/** One contract call through the host, as the app makes it; throws with the error envelope when refused. */
export async function call<T = unknown>(request: APIRequestContext, ws: WorkspaceFixture, name: string, input: unknown): Promise<T> {
  const res = await request.post(`${ws.origin}/api/${name}`, { headers: { 'x-planwright-token': ws.token }, data: input });
  const body = (await res.json()) as { ok: boolean; result?: T; error?: unknown };
  if (!body.ok) throw new Error(`${name}: ${JSON.stringify(body.error)}`);
  return body.result as T;
}

export async function importTeam(request: APIRequestContext, ws: WorkspaceFixture): Promise<void> {
  const r = await call<{ ok: boolean }>(request, ws, 'import/run-csv', { operatives: operativesCsv(), jobs: jobsCsv() });
  if (!r.ok) throw new Error(`import refused: ${JSON.stringify(r)}`);
}

export function assign(request: APIRequestContext, ws: WorkspaceFixture, ref: string, operative_id: string, date: string, start: string) {
  return call(request, ws, 'diary/assign-job', { ref, operative_id, date, start });
}

/** J-2001 tomorrow and J-2002 the day after, both GAS_SAFE work, and plumbing J-2003 tomorrow: all on OP-3. */
export async function placeOnCarla(request: APIRequestContext, ws: WorkspaceFixture): Promise<void> {
  await assign(request, ws, 'J-2001', 'OP-3', tomorrow(), '09:00');
  await assign(request, ws, 'J-2002', 'OP-3', dayAfter(), '09:00');
  await assign(request, ws, 'J-2003', 'OP-3', tomorrow(), '11:00');
}

/** Job ref → operative, for every placement. */
export async function placements(request: APIRequestContext, ws: WorkspaceFixture): Promise<Record<string, string>> {
  const jobs = await call<{ ref: string; placement: { operative_id: string } | null }[]>(request, ws, 'jobs/list', {});
  return Object.fromEntries(jobs.filter((j) => j.placement).map((j) => [j.ref, j.placement!.operative_id]));
}

export async function jobRefs(request: APIRequestContext, ws: WorkspaceFixture): Promise<string[]> {
  const jobs = await call<{ ref: string }[]>(request, ws, 'jobs/list', {});
  return jobs.map((j) => j.ref).sort();
}

/** The SLA deadline the UI should show for a raised time ('YYYY-MM-DDTHH:MM', UK) and a number of hours: '8 Dec 2026 02:10'. */
export function hoursLater(raisedLocal: string, hours: number): string {
  const { date, time } = toLocal(parseInstant(raisedLocal) + hours * 3_600_000);
  return `${formatLongDate(date)} ${time}`;
}
