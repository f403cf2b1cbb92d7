// `changes.csv` (issue 15): every row is a request from the person it names, judged by the policy
// for their role, in one undoable step, all or nothing — a bad row (unknown job, stale "from",
// a hard rule) is reported as `changes.csv:LINE field: message` and nothing is recorded.
import { ApiError } from '../../../shared/api/errors';
import { parseChangesCsv, type ChangeRowError } from '../../../shared/governance/changes-csv';
import { getChangeRequest, type ChangeRequestRow } from '../store/governance/change-rows';
import type { Store } from '../store/store';
import { requestWithin } from './change-requests';

export function importChanges(store: Store, text: string, file = 'changes.csv'): ChangeRequestRow[] {
  const { rows, errors } = parseChangesCsv(text);
  if (errors.length) throw failed(file, errors);
  if (rows.length === 0) throw new ApiError('VALIDATION', `${file} has no change requests`);
  const ids: number[] = [];
  store.history.mutate(`Import ${rows.length} change request${rows.length === 1 ? '' : 's'} from ${file}`, (rec) => {
    const problems: ChangeRowError[] = [];
    for (const row of rows) {
      try {
        ids.push(requestWithin(store, rec, row, { name: row.requested_by, role: row.role, source: 'csv' }).id);
      } catch (e) {
        if (!(e instanceof ApiError) || e.code === 'INTERNAL') throw e;
        problems.push({ line: row.line, field: null, message: e.message });
      }
    }
    if (problems.length) throw failed(file, problems);
  });
  return ids.map((id) => getChangeRequest(store, id)!);
}

function failed(file: string, errors: ChangeRowError[]): ApiError {
  const lines = errors.slice(0, 20).map((e) => `${file}:${e.line}${e.field ? ` ${e.field}` : ''}: ${e.message}`);
  return new ApiError('VALIDATION', `${lines.join('\n')}\nNothing imported (${errors.length} error${errors.length === 1 ? '' : 's'}).`, {
    rows: errors.map((e) => ({ file, ...e })),
  });
}
