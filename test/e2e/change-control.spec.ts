// Issue 15's done-when, in Chromium through the real host (and, in the "ipc" project, through the
// desktop app's IPC path): an operations team leader's request, made in the app, to move a
// time-locked visit lands in Sign-off; the planner approves it in the app and republishes from the
// Publish view, making version n+1 whose changes.json lists it within policy; a supervisor cannot
// publish (FORBIDDEN, in the app and on the wire); an actual on another operative with no change
// behind it is a silent override outside policy, also in the day's close-out; the briefing lists an
// absence and a priority change, in the app and in the PDF (pdftotext).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, runCli, test, type Transport, type WorkspaceFixture } from './fixtures';

const GOOD = path.resolve('test/fixtures/csv/good');
test.use({ hostEnv: { PLANWRIGHT_PASSPHRASE: 'e2e change control' } });

test('change control: sign-off, republish, deviations, rights and the briefing', async ({ page, workspace, transport }) => {
  // Many CLI runs (each a tsx start) on a shared, loaded machine.
  test.setTimeout(300_000);
  const cli = workspace.cli;
  cli(['import', ...['operatives', 'jobs', 'absences', 'flags'].flatMap((k) => [`--${k}`, path.join(GOOD, `${k}.csv`)])]);
  cli(['people', 'add', '--id', 'pat', '--name', 'Pat Planner', '--role', 'planner']);
  cli([
    'people',
    'add',
    '--as',
    'pat',
    '--id',
    'sam',
    '--name',
    'Sam Hughes',
    '--role',
    'supervisor',
    '--team',
    'North',
    '--operatives',
    'OP-001,OP-003',
  ]);
  cli(['people', 'add', '--as', 'pat', '--id', 'lee', '--name', 'Lee Ops', '--role', 'operations team leader', '--team', 'North']);
  cli(['assign', '--as', 'pat', '--job', 'J-1002', '--operative', 'OP-001', '--date', '2027-01-05']);
  cli(['assign', '--as', 'pat', '--job', 'J-1003', '--operative', 'OP-004', '--date', '2027-01-06']);
  cli(['changes', 'lock', '--as', 'pat', '--job', 'J-1002', '--lock', 'time', '--reason', 'appointment confirmed with tenant']);
  const out = path.join(workspace.dir, 'packs');
  const publish = (as: string) =>
    cli([
      'publish',
      '--as',
      as,
      '--from',
      '2027-01-04',
      '--to',
      '2027-01-08',
      '--out',
      out,
      '--override-reason',
      'agreed for the e2e week',
    ]);
  expect(publish('pat')).toContain('Published plan version 1');

  // The operations team leader asks, in the app, to move the time-locked visit to another day.
  await page.goto(workspace.link('?view=control&date=2027-01-05'));
  await page.getByLabel('Acting as').selectOption({ label: 'Lee Ops (Operations team leader)' });
  const form = page.getByRole('form', { name: 'Request a change' });
  await form.getByLabel('Kind').selectOption({ label: 'Move to another day' });
  await form.getByLabel('Job ref').fill('J-1002');
  await form.getByLabel('To date').fill('2027-01-06');
  await form.getByLabel('Reason').fill('tenant in hospital on Tuesday');
  await form.getByRole('button', { name: 'Send request' }).click();
  const signOff = page.getByRole('region', { name: 'Sign-off' });
  const item = signOff.getByRole('listitem', { name: /Move to another day: J-1002/ });
  await expect(item).toContainText('Lee Ops');
  await expect(item).toContainText('the visit is time-locked');

  // The planner approves it in the app: one unpublished change.
  await page.getByLabel('Acting as').selectOption({ label: 'Pat Planner (Planner)' });
  await item.getByRole('button', { name: 'Approve' }).click();
  await expect(signOff.getByText('Nothing waiting for sign-off.')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Unpublished changes: 1/ })).toBeVisible();

  // A supervisor cannot publish: refused in the Publish view, FORBIDDEN on the wire, naming the rule.
  await page.getByLabel('Acting as').selectOption({ label: 'Sam Hughes (Supervisor)' });
  await page.goto(workspace.link('?view=publish&date=2027-01-06'));
  await fillPublishForm(page, out);
  await page.getByRole('button', { name: 'Publish version 2' }).click();
  await expect(page.getByRole('status')).toContainText('Refused by rule “publish”');
  const refused = await callAs(page, workspace, transport, 'person:sam', 'packs/publish', {
    from: '2027-01-04',
    to: '2027-01-08',
    out_dir: out,
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('“publish”') } });

  // The planner republishes from the Publish view: version 2's changes.json lists the request, within policy.
  await page.getByLabel('Acting as').selectOption({ label: 'Pat Planner (Planner)' });
  await fillPublishForm(page, out);
  await page.getByRole('button', { name: 'Publish version 2' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Published version 2: .+planwright-v002-2027-01-04_2027-01-08$/);
  await expect(page.getByRole('link', { name: /^Unpublished changes/ })).toHaveCount(0);
  const v2 = path.join(out, 'planwright-v002-2027-01-04_2027-01-08');
  const changes = JSON.parse(fs.readFileSync(path.join(v2, 'changes.json'), 'utf8')) as { changes: unknown[] };
  expect(changes.changes).toEqual([
    expect.objectContaining({ ref: 'J-1002', kind: 'move-day', within_policy: true, requested_by: 'Lee Ops', decided_by: 'Pat Planner' }),
  ]);

  // J-1003 was done by another operative with no change behind it: a silent override.
  const actuals = path.join(workspace.dir, 'actuals.csv');
  fs.writeFileSync(
    actuals,
    'ref,version,operative_id,date,arrived,left,outcome,reason,follow_on_trade,follow_on_minutes,notes\nJ-1003,,OP-005,2027-01-06,09:00,11:00,COMPLETED,,,,\n',
  );
  runCli(['actuals', 'import', '--db', workspace.dbPath, '--as', 'pat', '--file', actuals]);
  await page.goto(workspace.link('?view=control&date=2027-01-06'));
  await page.getByRole('radio', { name: 'Deviations' }).check({ force: true });
  await page.getByLabel('From', { exact: true }).fill('2027-01-04');
  await page.getByLabel('To', { exact: true }).fill('2027-01-08');
  const row = page.getByRole('table', { name: 'Deviations' }).getByRole('row', { name: /J-1003 other-operative/ });
  await expect(row).toContainText('Outside policy (silent override)');
  await expect(row).toContainText('OP-004 2027-01-06');
  await expect(row).toContainText('OP-005 2027-01-06 09:00');

  // The weekly review makes it a planning assumption: Marek's roster pattern changes, in one undoable step.
  const group = page.getByRole('listitem', { name: 'unexplained, CARP' });
  await group.getByLabel('Learning note for unexplained, CARP').fill('Marek picks up carpentry: early weekly shifts');
  await group.getByLabel('Operative for unexplained, CARP').fill('OP-005');
  await group.getByLabel('Shift start for unexplained, CARP').fill('07:00');
  await group.getByLabel('Shift end for unexplained, CARP').fill('15:00');
  await group.getByLabel('Pattern from for unexplained, CARP').fill('2027-01-18');
  await group.getByRole('button', { name: 'Make it a roster pattern' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Planning assumption made: roster pattern "Weekly pattern" (weekly) for OP-005 from 2027-01-18',
  );
  await expect(row).toContainText('assumption');
  expect(await callAs(page, workspace, transport, 'person:pat', 'roster/list-patterns', { operative_id: 'OP-005' })).toMatchObject({
    ok: true,
    result: [{ name: 'Weekly pattern', kind: 'weekly', from: '2027-01-18' }],
  });

  // … or a supervisor flag, again one undoable step from the review.
  await group.getByLabel('Operative to flag for unexplained, CARP').fill('OP-005');
  await group.getByLabel('Flag for unexplained, CARP', { exact: true }).selectOption('REDUCED_DUTIES');
  await group.getByLabel('Flag until for unexplained, CARP').fill('2027-02-28');
  await group.getByLabel('Flag owner for unexplained, CARP').fill('Sam Ellis');
  await group.getByRole('button', { name: 'Make it a supervisor flag' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Planning assumption made: supervisor flag REDUCED_DUTIES trade:CARP on OP-005 until 2027-02-28',
  );

  // The day's close-out, built from actuals: J-1003 done, by another operative, a silent override.
  await page.getByRole('radio', { name: 'Close-out' }).check({ force: true });
  const closeOut = page.getByRole('region', { name: 'Close-out' });
  await expect(closeOut.getByLabel('Completions summary')).toContainText('Against version 2: 1 of 2 planned visits completed');
  const done = closeOut.getByRole('table', { name: 'Completions against plan' }).getByRole('row', { name: /J-1003/ });
  await expect(done).toContainText('OP-004');
  await expect(done).toContainText('OP-005 09:00');
  await expect(done).toContainText('COMPLETED');
  await expect(closeOut.getByRole('list', { name: 'Deviations of the day' })).toContainText(
    'J-1003 other-operative: no change request explains it',
  );
  await expect(closeOut.getByRole('list', { name: 'Deviations of the day' })).toContainText('outside policy, silent override');

  // A priority change on the supervisor's operative reaches the briefing, beside the absence.
  cli(['changes', 'import', '--as', 'lee', '--file', writeChanges(workspace.dir)]);
  await page.getByLabel('Acting as').selectOption({ label: 'Sam Hughes (Supervisor)' });
  await page.getByRole('radio', { name: 'Briefing' }).check({ force: true });
  const briefing = page.getByRole('region', { name: 'Briefing' });
  await briefing.getByLabel('Date').fill('2027-01-07');
  await briefing.getByLabel('Team').selectOption('North');
  await expect(briefing.getByRole('list', { name: 'Priority changes' })).toContainText('J-1002: URGENT to EMERGENCY (pending)');
  await expect(briefing.getByRole('list', { name: 'Absences and restrictions' })).toContainText('Absent: Aisha Khan');
  const pdf = path.join(workspace.dir, 'briefing.pdf');
  cli(['briefing', '--date', '2027-01-07', '--team', 'North', '--out', pdf]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Absent: Aisha Khan (OP-001)');
  expect(text).toMatch(/J-1002\s+URGENT to EMERGENCY\s+pending/);
});

/** The Publish view's range (v1's), output folder and, when checks block, the override reason. */
async function fillPublishForm(page: Page, out: string): Promise<void> {
  await page.getByLabel('From', { exact: true }).fill('2027-01-04');
  await page.getByLabel('To', { exact: true }).fill('2027-01-08');
  await expect(page.getByLabel('Pre-publish checks')).toContainText(/visits for \d+ operatives/);
  const reason = page.getByLabel(/Override reason/);
  if (await reason.isVisible()) await reason.fill('agreed for the e2e week');
  await page.getByLabel(/^Output folder/).fill(out);
}

/** One call as a given person, on the transport the page uses: the host's HTTP API, or the desktop bridge. */
async function callAs(page: Page, workspace: WorkspaceFixture, transport: Transport, actor: string, name: string, input: unknown) {
  if (transport === 'ipc')
    return page.evaluate(
      ([n, i, a]) =>
        (window as unknown as { planwright: { invoke: (n: string, i: unknown, s: object) => Promise<unknown> } }).planwright.invoke(n, i, {
          scenario: null,
          actor: a,
        }),
      [name, input, actor] as const,
    );
  const r = await page.request.post(`${workspace.origin}/api/${name}`, {
    headers: { 'x-planwright-token': workspace.token, 'x-planwright-actor': actor, origin: workspace.origin },
    data: input,
  });
  return r.json() as Promise<unknown>;
}

function writeChanges(dir: string): string {
  const file = path.join(dir, 'changes.csv');
  fs.writeFileSync(
    file,
    'ref,kind,from_operative,to_operative,from_date,to_date,requested_by,role,reason\nJ-1002,change-priority,,,,,Lee Ops,operations team leader,EMERGENCY: water through the ceiling\n',
  );
  return file;
}
