// Checks that need more than one file: references to operatives and jobs, and
// dependency cycles over existing plus imported links. Pure; the importer supplies
// what already exists in the store.
import type { Absence, Dependency, Flag, Job, Operative } from '../domain/types';
import { findCycles } from '../graph/cycles';
import { describeCycle } from '../graph/graph';
import { q, sortErrors, type CsvError } from './errors';
import { splitScope } from './flags';

/** A parsed file; `lines[i]` is the line of `rows[i]` (defaults to i + 2: header, then one line per row). */
export interface ImportFile<T> {
  file: string;
  rows: readonly T[];
  lines?: readonly number[];
}

export interface ImportSet {
  operatives?: ImportFile<Operative>;
  jobs?: ImportFile<Job>;
  absences?: ImportFile<Absence>;
  flags?: ImportFile<Flag>;
}

export interface ExistingData {
  operativeIds: ReadonlySet<string>;
  jobRefs: ReadonlySet<string>;
  /** Links already stored. Links into re-imported jobs are ignored: their depends_on replaces them. */
  dependencies: readonly Dependency[];
}

export function validateImportSet(set: ImportSet, existing: ExistingData): CsvError[] {
  const errors: CsvError[] = [];
  const opIds = new Set(set.operatives?.rows.map((o) => o.id));
  const jobRefs = new Set(set.jobs?.rows.map((j) => j.ref));
  const hasOp = (id: string) => opIds.has(id) || existing.operativeIds.has(id);
  const hasJob = (ref: string) => jobRefs.has(ref) || existing.jobRefs.has(ref);
  const opSource = `${set.operatives?.file ?? 'the operatives file'} or among existing operatives`;
  const jobSource = `${set.jobs?.file ?? 'the jobs file'} or among existing jobs`;

  for (const f of [set.absences, set.flags]) {
    if (!f) continue;
    f.rows.forEach((r: Absence | Flag, i) => {
      if (!hasOp(r.operative_id)) {
        errors.push(at(f, i, 'operative_id', `unknown operative ${q(r.operative_id)} (not in ${opSource})`));
      }
    });
  }

  set.flags?.rows.forEach((flag, i) => {
    const { kind, value } = splitScope(flag.scope);
    if (kind === 'job' && !hasJob(value)) {
      errors.push(at(set.flags!, i, 'scope', `scope ${q(flag.scope)} names unknown job ${q(value)} (not in ${jobSource})`));
    }
  });

  const jobs = set.jobs;
  if (jobs) {
    jobs.rows.forEach((job, i) => {
      for (const link of job.depends_on) {
        if (link.ref === job.ref) errors.push(at(jobs, i, 'depends_on', `${job.ref} depends on itself`));
        else if (!hasJob(link.ref)) errors.push(at(jobs, i, 'depends_on', `depends on unknown job ${q(link.ref)} (not in ${jobSource})`));
      }
    });
    errors.push(...cycleErrors(jobs, existing.dependencies));
  }
  return sortErrors(errors);
}

/** One error per cycle, reported on the first imported job (by line) that lies on it. */
function cycleErrors(jobs: ImportFile<Job>, existingLinks: readonly Dependency[]): CsvError[] {
  const rowOf = new Map(jobs.rows.map((j, i) => [j.ref, i]));
  const edges = [
    ...existingLinks.filter((d) => !rowOf.has(d.succ_ref)),
    ...jobs.rows.flatMap((j) => j.depends_on.map((l) => ({ pred_ref: l.ref, succ_ref: j.ref }))),
  ].filter((e) => e.pred_ref !== e.succ_ref); // self-links are reported on their own
  // Imported jobs first, in file order: each cycle then starts at its earliest imported job.
  const order = jobs.rows.map((_, i) => i).sort((a, b) => lineOf(jobs, a) - lineOf(jobs, b));
  const out: CsvError[] = [];
  for (const cycle of findCycles(
    order.map((i) => jobs.rows[i]!.ref),
    edges,
  )) {
    const row = rowOf.get(cycle[0]!);
    if (row === undefined) continue; // made only of stored links: not this import's doing
    out.push(at(jobs, row, 'depends_on', `dependency cycle: ${describeCycle(cycle)}`));
  }
  return out;
}

function lineOf(f: ImportFile<unknown>, i: number): number {
  return f.lines?.[i] ?? i + 2;
}

function at(f: ImportFile<unknown>, i: number, field: string, message: string): CsvError {
  return { file: f.file, line: lineOf(f, i), field, message };
}
