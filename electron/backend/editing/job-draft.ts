// A job as typed in the New repair form or given as `job add|edit` flags: jobs.csv cells, read by
// the CSV import's own parser (same checks, same messages) and its cross-file check (unknown
// dependencies, cycles), then the checks an import cannot make but a new job must pass: a ref
// already in use, a trade nobody here works in, a raised time in the future, a location outside
// the service area. Nothing here writes.
import { ApiError } from '../../../shared/api/errors';
import { JOB_COLUMNS, jobToRecord, parseJobRecord, validateImportSet, type JobColumn } from '../../../shared/csv';
import type { Job } from '../../../shared/domain/types';
import { parseInstant, toLocal } from '../../../shared/sla/local-time';
import { deadlineOf } from '../sla/deadlines';
import { slaPolicyOf } from '../sla/policy';
import { tradesInUse } from '../store/editing';
import type { Store } from '../store/store';
import { nowOf } from './clock';
import { toFieldErrors, type FieldError } from './field-errors';
import { locationProblems, serviceAreaOf } from './service-area';

export type JobFields = Partial<Record<JobColumn, string>>;

export interface JobDraft {
  /** The cells as read: the stored job's (for an edit) with the given ones on top, ref filled in. */
  record: Record<JobColumn, string>;
  /** The job, when there is no error at all. */
  job: Job | null;
  errors: FieldError[];
  /** From priority and raised_at alone, so it shows while the rest is still being typed. */
  sla_deadline: string | null;
  /** Columns whose value differs from the stored job (all given columns for a new one). */
  changed: JobColumn[];
}

/** What the cross-file messages call the job being edited ("not in this job or among existing jobs"). */
const SOURCE = 'this job';

/** `jobs/check-draft`: the New repair dialog as typed (an edit of `ref` when given); nothing is written. */
export function checkJobDraft(store: Store, fields: JobFields, ref: string | undefined) {
  const base = ref === undefined ? null : store.read.job(ref);
  if (base === undefined) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
  const d = readJobDraft(store, fields, base);
  return { ok: d.errors.length === 0, ref: d.record.ref, sla_deadline: d.sla_deadline, errors: d.errors };
}

export function readJobDraft(store: Store, fields: JobFields, base: Job | null): JobDraft {
  const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as JobFields;
  const before = base ? jobToRecord(base) : null;
  const record = { ...(before ?? emptyRecord()), ...given } as Record<JobColumn, string>;
  const errors: FieldError[] = [];
  if (base && given.ref !== undefined && given.ref.trim() !== base.ref) {
    errors.push({ field: 'ref', message: `ref cannot be changed (this job is ${base.ref}); add a new job instead` });
    record.ref = base.ref;
  }
  if (!base && record.ref.trim() === '') record.ref = nextJobRef(store);

  const policy = slaPolicyOf(store);
  const parsed = parseJobRecord(record, SOURCE, { priorities: policy.categories.map((c) => c.priority) });
  errors.push(...toFieldErrors(parsed.errors));
  const bad = (col: JobColumn) => errors.some((e) => e.field === col);
  const changed = (Object.keys(record) as JobColumn[]).filter((c) => !before || before[c] !== record[c].trim());
  const isNew = (col: JobColumn) => changed.includes(col);

  if (!base && !bad('ref') && store.read.job(record.ref.trim())) {
    errors.push({
      field: 'ref',
      message: `ref ${record.ref.trim()} is already used by another job; give another ref or leave it empty for a new one`,
    });
  }
  if (isNew('trade') && !bad('trade')) errors.push(...tradeProblems(store, record.trade.trim()));
  if (isNew('raised_at') && !bad('raised_at')) errors.push(...raisedProblems(store, record.raised_at.trim()));
  if ((isNew('lat') || isNew('lon')) && !bad('lat') && !bad('lon')) {
    errors.push(...locationProblems(serviceAreaOf(store), Number(record.lat), Number(record.lon), { lat: 'lat', lon: 'lon' }));
  }
  const job = parsed.value && errors.length === 0 ? { ...parsed.value, status: base?.status ?? parsed.value.status } : null;
  if (job) errors.push(...linkProblems(store, job));

  const sla_deadline =
    bad('priority') || bad('raised_at') || !record.priority.trim() || !record.raised_at.trim()
      ? null
      : deadlineOf({ raised_at: record.raised_at.trim(), priority: record.priority.trim() }, policy);
  // What really changed, once read: "53.80" for 53.8, or "GAS_SAFE; HEIGHT" for "GAS_SAFE;HEIGHT", is no change.
  const canonical = job ? jobToRecord(job) : null;
  const really = canonical && before ? changed.filter((c) => canonical[c] !== before[c]) : changed;
  return { record: canonical ?? record, job: errors.length === 0 ? job : null, errors, sla_deadline, changed: really };
}

/** Every jobs.csv column blank, in column order. */
function emptyRecord(): Record<JobColumn, string> {
  return Object.fromEntries(JOB_COLUMNS.map((c) => [c, ''])) as Record<JobColumn, string>;
}

/** Trades of the workspace: held by an operative or already on a job. An empty workspace knows none and refuses none. */
export function knownTrades(store: Store): Set<string> {
  return tradesInUse(store);
}

function tradeProblems(store: Store, trade: string): FieldError[] {
  const known = knownTrades(store);
  if (known.size === 0 || known.has(trade)) return [];
  return [
    { field: 'trade', message: `trade ${JSON.stringify(trade)} is not a trade of this workspace (known: ${[...known].sort().join(', ')})` },
  ];
}

function raisedProblems(store: Store, raisedAt: string): FieldError[] {
  const now = nowOf(store);
  if (parseInstant(raisedAt) <= now.ms) return [];
  const local = toLocal(now.ms);
  return [
    {
      field: 'raised_at',
      message: `raised_at ${JSON.stringify(raisedAt)} is in the future (it is now ${local.date} ${local.time} UK time)`,
    },
  ];
}

/** The import's cross-file check on one job: unknown or self dependencies, and cycles through stored links. */
function linkProblems(store: Store, job: Job): FieldError[] {
  const refs = new Set(store.read.jobRefs());
  const existing = {
    operativeIds: new Set<string>(),
    jobRefs: refs,
    dependencies: store.read.dependencies().filter((d) => d.succ_ref !== job.ref),
  };
  return toFieldErrors(validateImportSet({ jobs: { file: SOURCE, rows: [job] } }, existing));
}

/** The next free ref in the workspace's most common pattern: J-1041 after J-1040, J-10401 after J-10400; J-1001 in an empty one. */
export function nextJobRef(store: Store): string {
  return nextCode(store.read.jobRefs(), 'J-1001');
}

/** Shared with operatives (OP-025 after OP-024); `first` when nothing is numbered yet. */
export function nextCode(existing: readonly string[], first: string): string {
  const groups = new Map<string, { count: number; max: number; width: number }>();
  for (const r of existing) {
    const m = /^(.*?)(\d+)$/.exec(r);
    if (!m) continue;
    const g = groups.get(m[1]!) ?? { count: 0, max: -1, width: 1 };
    const n = Number(m[2]);
    groups.set(m[1]!, { count: g.count + 1, max: Math.max(g.max, n), width: n >= g.max ? m[2]!.length : g.width });
  }
  let best: [string, { max: number; width: number; count: number }] | null = null;
  for (const e of groups) if (!best || e[1].count > best[1].count) best = e;
  if (!best) return first;
  const used = new Set(existing);
  const [prefix, { max, width }] = best;
  for (let n = max + 1; ; n++) {
    const candidate = `${prefix}${String(n).padStart(width, '0')}`;
    if (!used.has(candidate) && /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(candidate)) return candidate;
  }
}
