// A small, hand-made workspace for actuals tests: three operatives, jobs at a few addresses
// (two at one), placed on Tue 5 and Wed 6 Jan 2027 and published as version 1 (signed for real,
// key in the temp folder). Actuals then come back as CSV text.
import path from 'node:path';
import { afterEach } from 'vitest';
import { publishPack } from '../../../../electron/backend/packs/publish';
import type { Workspace } from '../../../../electron/backend/workspace';
import { call, tempWorkspace } from '../temp-workspace';

export const TUE = '2027-01-05';
export const WED = '2027-01-06';
export const HEADER = 'ref,version,operative_id,date,arrived,left,outcome,reason,follow_on_trade,follow_on_minutes,notes';

const OPERATIVES = `id,name,trades,competences,start_lat,start_lon,shift_start,shift_end,working_days,areas
OP-1,Olivia Good,PLUMB:4;GEN:2,,53.8,-1.55,08:00,16:30,Mon;Tue;Wed;Thu;Fri,
OP-2,Ben Shaw,GAS:4,GAS_SAFE@2028-06-30,53.8,-1.55,08:00,16:30,Mon;Tue;Wed;Thu;Fri,
OP-3,Carla Joiner,CARP:3;PLAST:3,,53.8,-1.55,08:00,16:30,Mon;Tue;Wed;Thu;Fri,
`;

// J-1 and J-2 share an address (written differently); J-3 is gas; J-4 an emergency; J-5 routine carpentry.
const JOBS = `ref,address,lat,lon,area,trade,min_proficiency,competences,priority,raised_at,duration_min,window,depends_on,impact,effort,owner,done_when,notes
J-1,"4 Brick Row, Leeds LS6 1AA",53.8,-1.55,LS6,PLUMB,2,,ROUTINE,2027-01-04T08:00:00Z,60,AM,,3,2,Sam Ellis,Leak fixed,
J-2,"4 brick row leeds LS6 1AA",53.8,-1.55,LS6,PLUMB,2,,URGENT,2027-01-04T08:00:00Z,60,ALL,,3,2,Sam Ellis,Tap replaced,
J-3,"9 Gas Street, Leeds LS7 2BB",53.8,-1.55,LS7,GAS,3,GAS_SAFE,ROUTINE,2027-01-04T08:00:00Z,60,ALL,,3,2,Sam Ellis,Boiler serviced,
J-4,"1 Flood Lane, Leeds LS8 3CC",53.8,-1.55,LS8,PLUMB,2,,EMERGENCY,2027-01-05T07:00:00Z,60,ALL,,5,1,Sam Ellis,Leak made safe,
J-5,"7 Oak Road, Leeds LS9 4DD",53.8,-1.55,LS9,CARP,2,,ROUTINE,2027-01-04T08:00:00Z,90,PM,,3,3,Sam Ellis,Door rehung,
J-6,"4 Brick Row, Leeds LS6 1AA",53.8,-1.55,LS6,GEN,1,,ROUTINE,2027-01-04T08:00:00Z,30,ALL,,2,1,Sam Ellis,Fence fixed,
`;

export type ActualsWorkspace = Workspace & { dir: string; dbPath: string; publish(from: string, to: string): number; home: string };

export async function actualsWorkspace(): Promise<ActualsWorkspace> {
  const ws = await tempWorkspace();
  const r = await call(ws, 'import/run-csv', { operatives: OPERATIVES, jobs: JOBS });
  if (!r.ok) throw new Error(`fixture import failed: ${JSON.stringify(r)}`);
  const place = async (ref: string, operative_id: string, date: string) =>
    call(ws, 'diary/assign-job', { ref, operative_id, date, override_reason: 'test fixture' });
  await place('J-1', 'OP-1', TUE);
  await place('J-4', 'OP-1', TUE);
  await place('J-2', 'OP-1', WED);
  await place('J-6', 'OP-1', WED);
  await place('J-3', 'OP-2', TUE);
  await place('J-5', 'OP-3', TUE);
  const home = path.join(ws.dir, 'home');
  const publish = (from: string, to: string) =>
    publishPack(ws.store, {
      from,
      to,
      outDir: path.join(ws.dir, 'packs'),
      zip: false,
      overrideReason: 'accepted in test',
      access: { passphrase: 'test passphrase' },
      home,
      appVersion: '0.1.0',
      who: 'tester',
    }).version;
  publish(TUE, WED);
  return Object.assign(ws, { publish, home });
}

export const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

export async function importText(ws: Workspace, text: string) {
  return call(ws, 'actuals/import-csv', { csv: text });
}

/** A maker of fresh actuals workspaces for one test file, each closed after its test. */
export function actualsWorkspaces(): () => Promise<ActualsWorkspace> {
  const open: ActualsWorkspace[] = [];
  afterEach(() => open.splice(0).forEach((w) => w.close()));
  return async () => {
    const ws = await actualsWorkspace();
    open.push(ws);
    return ws;
  };
}
