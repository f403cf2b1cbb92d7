// Every file of a pack except the manifest and its signature, as text, from one PlanContent.
import type { ChangePolicy } from './change-policy';
import type { ChangeSet } from './diff';
import { runsheetIcs } from './ics';
import type { PackIdentity, PackJob, PackVisit, PlanContent } from './plan-model';
import { readmeText } from './readme';
import { runsheetCsv } from './runsheet-csv';
import { runsheetHtml } from './runsheet-html';

export interface PackFile {
  path: string;
  text: string;
}

export const RUNSHEETS_DIR = 'runsheets';

/** Pretty JSON with a final newline: readable, and deterministic for a given value. */
export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function packFiles(
  content: PlanContent,
  changes: ChangeSet,
  policy: ChangePolicy,
  id: PackIdentity,
  raci: string[] = [],
): PackFile[] {
  const jobs = new Map<string, PackJob>(content.jobs.map((j) => [j.ref, j]));
  const byOperative = new Map<string, PackVisit[]>();
  for (const v of content.diary) {
    const list = byOperative.get(v.operative_id);
    if (list) list.push(v);
    else byOperative.set(v.operative_id, [v]);
  }
  const files: PackFile[] = [
    { path: 'README.txt', text: readmeText(id, { jobs: content.diary.length, operatives: content.operatives.length }, changes, raci) },
    { path: 'plan.json', text: jsonFile(content) },
    { path: 'changes.json', text: jsonFile(changes) },
    { path: 'change-policy.json', text: jsonFile(policy) },
  ];
  for (const op of content.operatives) {
    const visits = byOperative.get(op.id) ?? [];
    const base = `${RUNSHEETS_DIR}/${op.id}`;
    files.push(
      { path: `${base}.csv`, text: runsheetCsv(visits, jobs) },
      { path: `${base}.ics`, text: runsheetIcs(op, visits, jobs, id) },
      { path: `${base}.html`, text: runsheetHtml(op, visits, jobs, id) },
    );
  }
  return files;
}
