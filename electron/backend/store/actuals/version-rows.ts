// What actuals need from published versions: their ranges, the refs each froze, each visit's
// planned side, and the jobs and operatives as published (read from plan.json once per
// version: versions are immutable, so the cache never goes stale).
import type { PackJob, PackOperative, PlanContent } from '../../../../shared/pack';
import type { PlannedSide, VersionSpan } from '../../../../shared/actuals';
import type { Store } from '../store';
import { stmt } from './statements';

export function versionSpans(store: Store): VersionSpan[] {
  return stmt(
    store,
    'SELECT version, from_date AS "from", to_date AS "to" FROM plan_pack_versions ORDER BY version',
  ).all() as VersionSpan[];
}

export function versionRefs(store: Store, version: number): Set<string> {
  const rows = stmt(store, 'SELECT job_ref FROM plan_pack_entries WHERE version = ?').pluck().all(version) as string[];
  return new Set(rows);
}

/** The planned side of each (version, ref) asked for, keyed `version|ref`. */
export function plannedSides(store: Store, pairs: Iterable<{ version: number; ref: string }>): Map<string, PlannedSide> {
  const out = new Map<string, PlannedSide>();
  const byVersion = new Map<number, Set<string>>();
  for (const p of pairs) {
    const s = byVersion.get(p.version);
    if (s) s.add(p.ref);
    else byVersion.set(p.version, new Set([p.ref]));
  }
  const all = stmt(store, 'SELECT job_ref, operative_id, date, start_at, end_at FROM plan_pack_entries WHERE version = ?');
  for (const [version, refs] of byVersion) {
    for (const r of all.all(version) as { job_ref: string; operative_id: string; date: string; start_at: string; end_at: string }[]) {
      if (!refs.has(r.job_ref)) continue;
      out.set(plannedKey(version, r.job_ref), { operative_id: r.operative_id, date: r.date, start: r.start_at, end: r.end_at });
    }
  }
  return out;
}

export const plannedKey = (version: number, ref: string): string => `${version}|${ref}`;

/** A version's frozen diary for one operative-day. */
export function plannedDay(store: Store, version: number, operativeId: string, date: string) {
  return stmt(
    store,
    'SELECT job_ref AS ref, sequence, start_at AS start, end_at AS "end" FROM plan_pack_entries WHERE version = ? AND operative_id = ? AND date = ? ORDER BY sequence',
  ).all(version, operativeId, date) as { ref: string; sequence: number; start: string; end: string }[];
}

export interface PublishedFacts {
  jobs: Map<string, PackJob>;
  operatives: Map<string, PackOperative>;
}

const cache = new Map<string, PublishedFacts>();
const MAX_CACHED = 16;

/** Jobs and operatives exactly as published in a version (plan.json). */
export function publishedFacts(store: Store, version: number): PublishedFacts {
  const pack = stmt(store, 'SELECT pack_id, manifest_sha256 FROM plan_pack_versions WHERE version = ?').get(version) as
    { pack_id: string; manifest_sha256: string } | undefined;
  if (!pack) return { jobs: new Map(), operatives: new Map() };
  const key = pack.manifest_sha256; // unique per signed version, whatever file it lives in
  let facts = cache.get(key);
  if (!facts) {
    const text = stmt(store, 'SELECT plan FROM plan_pack_versions WHERE version = ?').pluck().get(version) as string;
    const plan = JSON.parse(text) as Pick<PlanContent, 'jobs' | 'operatives'>;
    facts = { jobs: new Map(plan.jobs.map((j) => [j.ref, j])), operatives: new Map(plan.operatives.map((o) => [o.id, o])) };
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(key, facts);
  }
  return facts;
}
