import crypto from 'node:crypto';
import ICAL from 'ical.js';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import { parseManifest, type ChangeSet, type PlanContent } from '../../../../shared/pack';
import { frozenEntries, getVersion, listVersions } from '../../../../electron/backend/store/pack-versions';
import { listFiles, seededWorkspace, WEEK } from './pack-helpers';

const open: { close(): void }[] = [];
afterEach(() => open.splice(0).forEach((w) => w.close()));
async function workspace() {
  const ws = await seededWorkspace();
  open.push(ws);
  return ws;
}
const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
const readJson = <T>(dir: string, f: string) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as T;

describe('publishing a plan pack', () => {
  it('writes the folder: manifest, signature, plan, changes, policy, README and three run sheets per operative', async () => {
    const ws = await workspace();
    const r = ws.publish();
    expect(r.version).toBe(1);
    expect(r.key_created).toBe(true);
    expect(path.basename(r.path)).toBe('planwright-v001-2027-01-04_2027-01-08');
    const files = listFiles(r.path);
    const ops = readJson<PlanContent>(r.path, 'plan.json').operatives.map((o) => o.id);
    expect(ops.length).toBeGreaterThan(0);
    expect(files).toEqual(
      [
        'README.txt',
        'change-policy.json',
        'changes.json',
        'manifest.json',
        'manifest.json.minisig',
        'plan.json',
        ...ops.flatMap((id) => [`runsheets/${id}.csv`, `runsheets/${id}.html`, `runsheets/${id}.ics`]),
      ].sort(),
    );
    // The manifest lists every other file with its exact size and hash.
    const manifest = parseManifest(fs.readFileSync(path.join(r.path, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f) => f.path)).toEqual(files.filter((f) => !f.startsWith('manifest.json')));
    for (const f of manifest.files) {
      const bytes = fs.readFileSync(path.join(r.path, f.path));
      expect({ path: f.path, bytes: bytes.length, sha256: sha256(bytes) }).toEqual(f);
    }
    expect(manifest).toMatchObject({
      format: 'planwright-plan-pack',
      schema_version: 1,
      version: 1,
      range: WEEK,
      prev_manifest_sha256: null,
      key_id: r.key_id,
    });
    expect(r.manifest_sha256).toBe(sha256(fs.readFileSync(path.join(r.path, 'manifest.json'))));
    // No temp folders left beside it.
    expect(fs.readdirSync(ws.out)).toEqual(['planwright-v001-2027-01-04_2027-01-08']);
  });

  it('freezes the diary, jobs, operatives, rules in force and overrides with reasons in plan.json', async () => {
    const ws = await workspace();
    const r = ws.publish({ overrideReason: 'Agreed overtime with the team' });
    const plan = readJson<PlanContent>(r.path, 'plan.json');
    const diary = ws.store.read.diary(WEEK.from, WEEK.to);
    expect(plan.diary.map((v) => v.ref).sort()).toEqual(diary.map((d) => d.job_ref).sort());
    expect(plan.jobs.map((j) => j.ref).sort()).toEqual(diary.map((d) => d.job_ref).sort());
    expect(plan.rules.map((x) => x.id)).toContain('shift-hours');
    expect(plan.rules[0]).toEqual(
      expect.objectContaining({ name: expect.any(String), owner: expect.any(String), severity: expect.any(String) }),
    );
    expect(plan.diary[0]!.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(plan.overrides.publish.length).toBe(r.overrides);
    for (const o of plan.overrides.publish) expect(o).toMatchObject({ reason: 'Agreed overtime with the team', who: 'tester' });
  });

  it('every run sheet calendar parses with ical.js: one event per visit, at the planned UK times', async () => {
    const ws = await workspace();
    const r = ws.publish();
    const plan = readJson<PlanContent>(r.path, 'plan.json');
    for (const op of plan.operatives) {
      const cal = new ICAL.Component(ICAL.parse(fs.readFileSync(path.join(r.path, 'runsheets', `${op.id}.ics`), 'utf8')));
      ICAL.TimezoneService.register(new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!));
      const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      const visits = plan.diary.filter((v) => v.operative_id === op.id);
      expect(events.map((e) => e.uid)).toEqual(visits.map((v) => `${v.ref}@${r.pack_id}.planwright`));
      for (const [i, e] of events.entries()) {
        const local = e.startDate.toString(); // wall-clock in the event's zone
        expect(local.slice(0, 16)).toBe(visits[i]!.start);
        expect(e.startDate.zone?.tzid).toBe('Europe/London');
        expect(e.location).toBe(plan.jobs.find((j) => j.ref === visits[i]!.ref)!.address);
      }
    }
  });

  it('version 2 chains to version 1 and records what changed', async () => {
    const ws = await workspace();
    const v1 = ws.publish();
    // Move one placed job to another day and drop another from the diary.
    const [a, b] = ws.store.read.diary(WEEK.from, WEEK.to);
    ws.store.history.mutate('move', (rec) => {
      rec.put('diary_entries', { job_ref: a!.job_ref, date: a!.date === '2027-01-08' ? '2027-01-07' : '2027-01-08', sequence: 99 });
      rec.delete('diary_entries', { job_ref: b!.job_ref });
    });
    const v2 = ws.publish();
    expect(v2.version).toBe(2);
    expect(v2.prev_sha256).toBe(sha256(fs.readFileSync(path.join(v1.path, 'manifest.json'))));
    const m2 = parseManifest(fs.readFileSync(path.join(v2.path, 'manifest.json'), 'utf8'));
    expect(m2).toMatchObject({ version: 2, prev_version: 1, prev_manifest_sha256: v1.manifest_sha256, pack_id: v1.pack_id });
    expect(fs.readFileSync(path.join(v2.path, 'manifest.json.minisig'), 'utf8')).toContain(
      `version:2 range:2027-01-04..2027-01-08 prev:${v1.manifest_sha256}`,
    );
    const changes = readJson<ChangeSet>(v2.path, 'changes.json');
    expect(changes.against).toMatchObject({ version: 1, manifest_sha256: v1.manifest_sha256 });
    expect(changes.removed.map((x) => x.ref)).toEqual([b!.job_ref]);
    expect(changes.moved.map((x) => x.ref)).toEqual([a!.job_ref]);
    expect(v2.changes).toEqual(changes.summary);
    expect(listVersions(ws.store).map((v) => [v.version, v.prev_sha256])).toEqual([
      [2, v1.manifest_sha256],
      [1, null],
    ]);
  });

  it('published rows can never be edited or deleted (triggers)', async () => {
    const ws = await workspace();
    ws.publish();
    expect(() => ws.store.db.prepare("UPDATE plan_pack_versions SET created_by = 'someone else'").run()).toThrow(/immutable/);
    expect(() => ws.store.db.prepare('DELETE FROM plan_pack_versions').run()).toThrow(/immutable/);
    expect(() => ws.store.db.prepare("UPDATE plan_pack_entries SET start_at = 'x'").run()).toThrow(/immutable/);
    expect(() => ws.store.db.prepare('DELETE FROM plan_pack_entries').run()).toThrow(/immutable/);
    expect(getVersion(ws.store, 1)!.created_by).toBe('tester');
    expect(frozenEntries(ws.store, 1).length).toBeGreaterThan(0);
    // Publishing is history, not an undoable edit.
    expect(ws.store.history.status().undoLabel).toBe('Seed');
  });

  it('blocks on hard violations and missing owners unless overridden with a reason, which is recorded', async () => {
    const ws = await workspace();
    const [entry] = ws.store.read.diary(WEEK.from, WEEK.to);
    ws.store.history.mutate('No owner', (rec) => rec.put('jobs', { ref: entry!.job_ref, owner: '' }));
    let err: unknown;
    try {
      ws.publish({ overrideReason: undefined });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('RULE_VIOLATION');
    expect((err as ApiError).message).toMatch(/block publishing/);
    const checks = ((err as ApiError).details as { checks: { kind: string; ref: string }[] }).checks;
    expect(checks).toContainEqual(expect.objectContaining({ kind: 'owner', ref: entry!.job_ref }));
    expect(fs.existsSync(ws.out)).toBe(false); // nothing written
    expect(fs.existsSync(path.join(ws.home, 'keys'))).toBe(false); // not even the key
    const r = ws.publish({ overrideReason: 'Owner being appointed Monday' });
    const overrides = JSON.parse(getVersion(ws.store, r.version)!.overrides) as { kind: string; reason: string }[];
    expect(overrides).toContainEqual(expect.objectContaining({ kind: 'owner', reason: 'Owner being appointed Monday' }));
  });

  it('refuses an empty range, a reversed range and any scenario with a clear message', async () => {
    const ws = await workspace();
    expect(() => ws.publish({ from: '2027-02-01', to: '2027-02-05' })).toThrow(
      /Nothing to publish: no jobs are placed between 2027-02-01 and 2027-02-05/,
    );
    expect(() => ws.publish({ from: '2027-01-08', to: '2027-01-04' })).toThrow(/starts \(2027-01-08\) after it ends/);
    expect(() => ws.publish({ scenario: 'what-if' })).toThrow(/Only the live plan is published: promote scenario/);
    expect(fs.existsSync(ws.out)).toBe(false);
  });

  it('a failed publish leaves nothing behind: no folder, no zip, no version row', async () => {
    const ws = await workspace();
    expect(() =>
      ws.publish({
        zip: true,
        beforeRename: () => {
          throw new Error('disk full (simulated)');
        },
      }),
    ).toThrow(/disk full/);
    expect(fs.readdirSync(ws.out)).toEqual([]);
    expect(listVersions(ws.store)).toEqual([]);
    // And the next attempt is version 1 again.
    expect(ws.publish({ zip: true }).version).toBe(1);
  });

  it('refuses to overwrite an existing pack folder', async () => {
    const ws = await workspace();
    fs.mkdirSync(path.join(ws.out, 'planwright-v001-2027-01-04_2027-01-08'), { recursive: true });
    expect(() => ws.publish()).toThrow(/already exists: nothing was published/);
    expect(listVersions(ws.store)).toEqual([]);
  });

  it('zips deterministically: the same files give the same bytes', async () => {
    const ws = await workspace();
    const r = ws.publish({ zip: true });
    const { zipPack } = await import('../../../../electron/backend/packs/zip');
    const files = new Map(listFiles(r.path).map((f) => [f, new Uint8Array(fs.readFileSync(path.join(r.path, f)))]));
    const again = zipPack(path.basename(r.path), new Map([...files].reverse()));
    expect(Buffer.from(again).equals(fs.readFileSync(r.zip_path!))).toBe(true);
  });
});
