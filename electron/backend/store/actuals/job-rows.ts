// The few job and operative columns actuals work with, read without building full domain objects
// (an import of 50,000 rows looks up every job once).
import type { Job } from '../../../../shared/domain/types';
import { rowToJob } from '../rows';
import type { Row } from '../tables';
import type { Store } from '../store';
import { stmt } from './statements';

export type JobFacts = Pick<Job, 'ref' | 'status' | 'priority' | 'trade' | 'competences' | 'notes' | 'done_when' | 'address' | 'raised_at'>;

const FACT_COLUMNS = 'ref, status, priority, trade, competences, notes, done_when, address, raised_at';
type FactRow = Omit<JobFacts, 'competences'> & { competences: string };
const toFacts = (r: FactRow): JobFacts => ({ ...r, competences: JSON.parse(r.competences) as string[] });

/** ref → address, for every job (addresses are compared by key). */
export function jobAddresses(store: Store): Map<string, string> {
  const rows = stmt(store, 'SELECT ref, address FROM jobs').all() as { ref: string; address: string }[];
  return new Map(rows.map((r) => [r.ref, r.address]));
}

/** What the no-access policy looks at for one job. */
export function jobFactsOf(store: Store, ref: string): JobFacts | undefined {
  const r = stmt(store, 'SELECT ref, status, priority, trade, competences, notes, done_when, address FROM jobs WHERE ref = ?').get(ref) as
    (Omit<JobFacts, 'competences'> & { competences: string }) | undefined;
  return r && { ...r, competences: JSON.parse(r.competences) as string[] };
}

/** One job as `store.read.job` gives it, through statements prepared once (an import reads one per follow-on). */
export function jobOf(store: Store, ref: string): Job | undefined {
  const r = stmt(store, 'SELECT * FROM jobs WHERE ref = ?').get(ref) as Row | undefined;
  if (!r) return undefined;
  const deps = stmt(store, 'SELECT pred_ref AS ref, lag_min FROM dependencies WHERE succ_ref = ? ORDER BY pred_ref').all(
    ref,
  ) as Job['depends_on'];
  return rowToJob(r, deps);
}

export function jobExists(store: Store, ref: string): boolean {
  return stmt(store, 'SELECT 1 FROM jobs WHERE ref = ?').get(ref) !== undefined;
}

/** Operative id → their trades, in the order held (the first is their team). */
export function operativeTrades(store: Store): Map<string, string[]> {
  const rows = stmt(store, 'SELECT id, trades FROM operatives').all() as { id: string; trades: string }[];
  return new Map(rows.map((r) => [r.id, (JSON.parse(r.trades) as { trade: string }[]).map((t) => t.trade)]));
}

const CHUNK = 500;

/** Each job's status, read many at once: before-images for a bulk `patch` of statuses. */
export function jobStatusesOf(store: Store, refs: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < refs.length; i += CHUNK) {
    const part = refs.slice(i, i + CHUNK);
    for (const r of stmt(store, `SELECT ref, status FROM jobs WHERE ref IN (${part.map(() => '?').join(',')})`)
      .raw()
      .all(...part) as [string, string][])
      out.set(r[0], r[1]);
  }
  return out;
}

/** What the rebooking queue looks at, for many jobs at once. */
export function jobFactsFor(store: Store, refs: readonly string[]): Map<string, JobFacts> {
  const out = new Map<string, JobFacts>();
  for (let i = 0; i < refs.length; i += CHUNK) {
    const part = refs.slice(i, i + CHUNK);
    for (const r of stmt(store, `SELECT ${FACT_COLUMNS} FROM jobs WHERE ref IN (${part.map(() => '?').join(',')})`).all(
      ...part,
    ) as FactRow[])
      out.set(r.ref, toFacts(r));
  }
  return out;
}
