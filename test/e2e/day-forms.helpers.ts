// Shared by the day-editing specs (issue 13's editing UI): a small team and a few GAS jobs dated
// relative to the real today (the host runs on the real clock, so "raised in the future", SLA
// deadlines and suggestions are judged against now), imported and placed through the CLI.
import fs from 'node:fs';
import path from 'node:path';
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

export function importTeam(workspace: WorkspaceFixture): void {
  const ops = path.join(workspace.dir, 'operatives.csv');
  const jobs = path.join(workspace.dir, 'jobs.csv');
  fs.writeFileSync(ops, operativesCsv());
  fs.writeFileSync(jobs, jobsCsv());
  workspace.cli(['import', '--operatives', ops, '--jobs', jobs]);
}

/** J-2001 tomorrow and J-2002 the day after, both GAS_SAFE work, and plumbing J-2003 tomorrow: all on OP-3. */
export function placeOnCarla(workspace: WorkspaceFixture): void {
  workspace.cli(['assign', '--job', 'J-2001', '--operative', 'OP-3', '--date', tomorrow(), '--start', '09:00']);
  workspace.cli(['assign', '--job', 'J-2002', '--operative', 'OP-3', '--date', dayAfter(), '--start', '09:00']);
  workspace.cli(['assign', '--job', 'J-2003', '--operative', 'OP-3', '--date', tomorrow(), '--start', '11:00']);
}

/** The SLA deadline the UI should show for a raised time ('YYYY-MM-DDTHH:MM', UK) and a number of hours: '8 Dec 2026 02:10'. */
export function hoursLater(raisedLocal: string, hours: number): string {
  const { date, time } = toLocal(parseInstant(raisedLocal) + hours * 3_600_000);
  return `${formatLongDate(date)} ${time}`;
}
