// All-or-nothing CSV import: parse every file, cross-check against the store, and only if
// there is no error at all write everything in one transaction (one undoable step).
import type { CsvRowError, ImportResult } from '../../../shared/api/views';
import { parseAbsencesCsv, parseFlagsCsv, parseJobsCsv, parseOperativesCsv } from '../../../shared/csv';
import { validateImportSet, type CsvParseResult } from '../../../shared/csv';
import type { Absence, Flag, Job, Operative, SlaPolicy } from '../../../shared/domain/types';
import type { ChangeRecorder } from '../store/change-recorder';
import { absenceToRow, flagToRow, jobToRow, operativeToRow } from '../store/rows';
import type { Store } from '../store/store';
import { recordAbsenceConflicts, recordScopeChange } from '../review/record';

export interface ImportFiles {
  operatives?: { name: string; text: string } | undefined;
  jobs?: { name: string; text: string } | undefined;
  absences?: { name: string; text: string } | undefined;
  flags?: { name: string; text: string } | undefined;
}

export function importCsv(store: Store, files: ImportFiles, policy: SlaPolicy): ImportResult {
  const errors: CsvRowError[] = [];
  const parse = <T>(f: { name: string; text: string } | undefined, fn: (text: string, name: string) => CsvParseResult<T>) => {
    if (!f) return undefined;
    const r = fn(f.text, f.name);
    errors.push(...r.errors);
    return r;
  };
  const set = {
    operatives: parse<Operative>(files.operatives, parseOperativesCsv),
    // Priorities must be categories of the workspace's SLA policy (which may define its own).
    jobs: parse<Job>(files.jobs, (text, name) => parseJobsCsv(text, name, { priorities: policy.categories.map((c) => c.priority) })),
    absences: parse<Absence>(files.absences, parseAbsencesCsv),
    flags: parse<Flag>(files.flags, parseFlagsCsv),
  };
  const operatives = set.operatives?.rows ?? [];
  const jobs = set.jobs?.rows ?? [];
  const absences = set.absences?.rows ?? [];
  const flags = set.flags?.rows ?? [];

  const importedRefs = new Set(jobs.map((j) => j.ref));
  const existing = {
    operativeIds: new Set(store.read.operatives().map((o) => o.id)),
    jobRefs: new Set(store.read.jobs().map((j) => j.ref)),
    // A re-imported job's depends_on replaces its incoming links.
    dependencies: store.read.dependencies().filter((d) => !importedRefs.has(d.succ_ref)),
  };
  errors.push(...validateImportSet(set, existing));
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };

  const counts = { operatives: operatives.length, jobs: jobs.length, absences: absences.length, flags: flags.length, dependencies: 0 };
  const label = `Import ${describe(counts)}`;
  store.history.mutate(label, (rec) => {
    for (const o of operatives) rec.put('operatives', operativeToRow(o));
    for (const j of jobs) writeJob(store, rec, j);
    for (const j of jobs) counts.dependencies += replaceLinks(store, rec, j);
    for (const a of absences) writeAbsence(store, rec, a);
    for (const f of flags) writeFlag(store, rec, f);
  });
  return { ok: true, counts };
}

function writeJob(store: Store, rec: ChangeRecorder, j: Job): void {
  const existing = store.read.job(j.ref);
  recordScopeChange(store, rec, existing, j); // review trigger when a placed job's scope changes
  // Re-import updates the job's fields but keeps the status the planner has set.
  rec.put('jobs', jobToRow({ ...j, status: existing?.status ?? j.status }));
}

function replaceLinks(store: Store, rec: ChangeRecorder, j: Job): number {
  const current = store.read.job(j.ref)?.depends_on ?? [];
  const wanted = new Set(j.depends_on.map((d) => d.ref));
  for (const c of current) if (!wanted.has(c.ref)) rec.delete('dependencies', { pred_ref: c.ref, succ_ref: j.ref });
  for (const d of j.depends_on) rec.put('dependencies', { pred_ref: d.ref, succ_ref: j.ref, lag_min: d.lag_min });
  return j.depends_on.length;
}

function writeAbsence(store: Store, rec: ChangeRecorder, a: Absence): void {
  const id = store.read.absenceIdFor(a.operative_id, a.from, a.to);
  if (id !== undefined) rec.put('absences', absenceToRow({ ...a, id }));
  else {
    rec.insertWithId('absences', absenceToRow(a));
    recordAbsenceConflicts(store, rec, a); // review trigger when the new absence covers placed jobs
  }
}

function writeFlag(store: Store, rec: ChangeRecorder, f: Flag): void {
  const id = store.read.flagIdFor(f.operative_id, f.flag, f.scope);
  if (id !== undefined) rec.put('flags', flagToRow({ ...f, id }));
  else rec.insertWithId('flags', flagToRow(f));
}

function sortErrors(errors: CsvRowError[]): CsvRowError[] {
  return [...errors].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function describe(c: Record<string, number>): string {
  const parts = Object.entries(c)
    .filter(([k, n]) => n > 0 && k !== 'dependencies')
    .map(([k, n]) => `${n} ${k}`);
  return parts.join(', ') || 'nothing';
}
