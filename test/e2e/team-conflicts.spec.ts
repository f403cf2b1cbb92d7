// Working as a team in the app (issue 17): PostgreSQL and two team server processes on one
// database start inside the test; the app's workspace (the host) joins through one server, a
// second planner (the CLI on a workspace of their own) through the other. With the app's server
// stopped the header says Offline; both planners move the same jobs; when the server is back the
// header shows "Conflicts (2)", the "Conflicts" region lists each with the server's reason, and
// Drop and Redo work.
import fs from 'node:fs';
import path from 'node:path';
import { spawnTeamServer, type ChildServer } from '../fixtures/team-server';
import { freePort, startPgCluster, type PgCluster } from '../unit/backend/team/pg-cluster';
import { cliCommand } from './cli-bundle';
import { DAY, card, cell, dragAndDrop, openBoard, tray } from './diary.helpers';
import { expect, runCli, test } from './fixtures';

const OPERATIVES = `id,name,trades,competences,start_lat,start_lon,shift_start,shift_end,working_days,areas
OP-1,Olivia Good,GAS:4,GAS_SAFE@2028-06-30,53.8,-1.55,08:00,16:30,Mon;Tue;Wed;Thu;Fri,
OP-7,Walter Late,GAS:4,GAS_SAFE@2028-06-30,53.81,-1.56,08:00,16:30,Mon;Tue;Wed;Thu;Fri,
`;
const JOBS = `ref,address,lat,lon,area,trade,min_proficiency,competences,priority,raised_at,duration_min,window,depends_on,impact,effort,owner,done_when,notes
J-1002,"3 Cardigan Lane, Leeds LS4 2LE",53.8,-1.55,LS4,GAS,3,GAS_SAFE,ROUTINE,2027-01-04T08:00:00Z,90,ALL,,4,2,Sam Ellis,Boiler serviced,
J-1004,"12 Chapeltown Road, Leeds LS7 3AP",53.8,-1.55,LS7,GAS,3,GAS_SAFE,ROUTINE,2027-01-04T08:00:00Z,60,ALL,,3,3,Priya Shah,Gas check done,
`;

let cluster: PgCluster;
test.beforeAll(async () => {
  cluster = await startPgCluster();
});
test.afterAll(async () => {
  await cluster?.stop();
});

/** The real `planwright team serve`, in its own process. */
function serve(pgUrl: string, port: number): Promise<ChildServer> {
  const [cmd, pre] = cliCommand();
  return spawnTeamServer(cmd, pre, pgUrl, port);
}

const tokenOf = (out: string): string => /token: (\S+)/.exec(out)![1]!;

test('the header shows offline, then the conflicts; the Conflicts region lists each with its reason; Drop and Redo work', async ({
  page,
  workspace,
}) => {
  test.setTimeout(180_000);
  const pgUrl = await cluster.newDatabase('conflicts');
  const portA = await freePort();
  let serverA = await serve(pgUrl, portA);
  const serverB = await serve(pgUrl, 0);
  const admin = serverA.token!;
  const invite = (name: string) =>
    tokenOf(runCli(['team', 'invite', '--server', serverA.url, '--token', admin, '--name', name, '--role', 'planner']));

  // The second planner's workstation (the CLI) joins through the other server and brings the plan.
  const bDb = path.join(workspace.dir, 'jo.db');
  const b = (args: string[]) => runCli([args[0]!, '--db', bDb, ...args.slice(1)]);
  b(['team', 'join', '--server', serverB.url, '--token', invite('Jo Marsh')]);
  for (const [kind, text] of Object.entries({ operatives: OPERATIVES, jobs: JOBS }))
    fs.writeFileSync(path.join(workspace.dir, `${kind}.csv`), text);
  b(['import', '--operatives', path.join(workspace.dir, 'operatives.csv'), '--jobs', path.join(workspace.dir, 'jobs.csv')]);
  b(['team', 'sync']);

  // The app's workspace joins through its own server.
  workspace.cli(['team', 'join', '--server', serverA.url, '--token', invite('Sam Ellis')]);
  await openBoard(page, workspace);
  const team = page.getByRole('banner').getByRole('status', { name: /^Team: / });
  await expect(team).toHaveAccessibleName(/^Team: online, 0 pending/);

  // The app's server goes: the header says so within seconds, with no sync to wait for.
  await serverA.stop();
  await expect(team).toHaveAccessibleName(/^Team: offline/, { timeout: 5_000 });

  // Offline, the app places both jobs on Olivia Good; the other planner places them elsewhere first.
  await dragAndDrop(page, card(tray(page), 'J-1002'), cell(page, 'OP-1', DAY));
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toBeVisible();
  // The first move is settled (queued, and gone from the tray) before the next card is picked up.
  await expect(team).toHaveAccessibleName(/^Team: offline, 1 pending/);
  await expect(card(tray(page), 'J-1002')).toHaveCount(0);
  await dragAndDrop(page, card(tray(page), 'J-1004'), cell(page, 'OP-1', DAY));
  await expect(card(cell(page, 'OP-1', DAY), 'J-1004')).toBeVisible();
  await expect(team).toHaveAccessibleName(/^Team: offline, 2 pending/);
  b(['assign', '--job', 'J-1002', '--operative', 'OP-7', '--date', DAY]);
  b(['assign', '--job', 'J-1004', '--operative', 'OP-7', '--date', DAY]);
  b(['team', 'sync']);

  // The server is back: the app's moves are refused there, and the header shows it.
  serverA = await serve(pgUrl, portA);
  const open = page.getByRole('button', { name: 'Conflicts (2)' });
  await expect(open).toBeVisible({ timeout: 15_000 });
  await expect(team).toHaveAccessibleName(/^Team: online, 0 pending/);
  // The team's plan is what the app shows now: the other planner's moves won.
  await expect(card(cell(page, 'OP-7', DAY), 'J-1002')).toBeVisible();
  await open.click();
  const region = page.getByRole('region', { name: 'Conflicts' });
  const j1002 = region.getByRole('listitem').filter({ hasText: 'Move J-1002 to OP-1 on 2027-01-05' });
  const j1004 = region.getByRole('listitem').filter({ hasText: 'Move J-1004 to OP-1 on 2027-01-05' });
  await expect(j1002).toContainText(/J-1002 was changed elsewhere since you picked it up/);
  await expect(j1004).toContainText(/J-1004 was changed elsewhere since you picked it up/);

  await j1004.getByRole('button', { name: 'Drop' }).click();
  await expect(region.getByRole('status')).toHaveText('Dropped: Move J-1004 to OP-1 on 2027-01-05');
  await expect(page.getByRole('button', { name: 'Conflicts (1)' })).toBeVisible();
  await expect(j1004).toHaveCount(0);

  // The other planner sends J-1002 back to the tray; once the app has that, Redo makes the move again.
  b(['unassign', '--job', 'J-1002']);
  b(['team', 'sync']);
  await expect(card(tray(page), 'J-1002')).toBeVisible({ timeout: 10_000 });
  await j1002.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByRole('button', { name: /^Conflicts/ })).toHaveCount(0);
  await expect(card(cell(page, 'OP-1', DAY), 'J-1002')).toBeVisible();
  await expect(team).toHaveAccessibleName(/^Team: online, 0 pending/, { timeout: 10_000 });
  // The redone move reached the team: the other planner has it after a sync.
  b(['team', 'sync']);
  expect(JSON.parse(b(['team', 'conflicts', '--json']))).toEqual([]);
  expect(runCli(['export', '--db', bDb, '--what', 'diary', '--out', '-']).trim()).toMatch(/J-1002,OP-1,2027-01-05/);

  await serverA.stop();
  await serverB.stop();
});
