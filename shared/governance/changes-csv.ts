// changes.csv: change requests sent by operations and supervisors. Columns exactly
// ref,kind,from_operative,to_operative,from_date,to_date,requested_by,role,reason. A
// change-priority row names the new priority at the start of its reason ("EMERGENCY: gas smell"); a
// resequence row names the position it asks for in the day, 1 for first ("1: tenant out after 11").
import Papa from 'papaparse';
import { idSchema, isoDateSchema } from '../domain/schemas';
import { changeKindSchema, type ChangeKind } from './change-policy';
import { parseRole, ROLES, type Role } from './roles';

export const CHANGES_CSV_COLUMNS = [
  'ref',
  'kind',
  'from_operative',
  'to_operative',
  'from_date',
  'to_date',
  'requested_by',
  'role',
  'reason',
] as const;

export interface ChangeRow {
  line: number;
  ref: string;
  kind: ChangeKind;
  from_operative: string | null;
  to_operative: string | null;
  from_date: string | null;
  to_date: string | null;
  requested_by: string;
  role: Role;
  reason: string;
  to_priority: string | null;
  /** A resequence's position in the day, 0 = first (the reason's "1:" prefix). */
  to_sequence: number | null;
}

export interface ChangeRowError {
  line: number;
  field: string | null;
  message: string;
}

export const MAX_CHANGE_ROWS = 5000;
const PRIORITY_PREFIX = /^([A-Z][A-Z0-9_]{0,31}):\s*(.+)$/s;
const POSITION_PREFIX = /^(\d{1,4}):\s*(.+)$/s;

export function parseChangesCsv(text: string): { rows: ChangeRow[]; errors: ChangeRowError[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const errors: ChangeRowError[] = [];
  const header = parsed.meta.fields ?? [];
  if (header.join(',') !== CHANGES_CSV_COLUMNS.join(',')) {
    return { rows: [], errors: [{ line: 1, field: null, message: `columns must be exactly ${CHANGES_CSV_COLUMNS.join(',')}` }] };
  }
  if (parsed.data.length > MAX_CHANGE_ROWS)
    return { rows: [], errors: [{ line: 1, field: null, message: `at most ${MAX_CHANGE_ROWS} rows` }] };
  const rows: ChangeRow[] = [];
  parsed.data.forEach((rec, i) => {
    const line = i + 2;
    const fail = (field: string, message: string) => errors.push({ line, field, message });
    const cell = (c: (typeof CHANGES_CSV_COLUMNS)[number]) => (rec[c] ?? '').trim();
    const opt = (c: (typeof CHANGES_CSV_COLUMNS)[number]) => cell(c) || null;
    const ref = cell('ref');
    if (!idSchema.safeParse(ref).success) fail('ref', `"${ref}" is not a job ref`);
    const kind = changeKindSchema.safeParse(cell('kind'));
    if (!kind.success) fail('kind', `"${cell('kind')}" is not one of ${changeKindSchema.options.join(', ')}`);
    for (const c of ['from_operative', 'to_operative'] as const) {
      const v = opt(c);
      if (v !== null && !idSchema.safeParse(v).success) fail(c, `"${v}" is not an operative id`);
    }
    for (const c of ['from_date', 'to_date'] as const) {
      const v = opt(c);
      if (v !== null && !isoDateSchema.safeParse(v).success) fail(c, `"${v}" is not a date YYYY-MM-DD`);
    }
    const role = parseRole(cell('role'));
    if (!role) fail('role', `"${cell('role')}" is not one of ${ROLES.join(', ')}`);
    const by = cell('requested_by');
    if (!by || by.length > 200) fail('requested_by', 'say who asks (1–200 characters)');
    const reason = cell('reason');
    if (reason.length < 3 || reason.length > 500) fail('reason', 'give a reason of 3–500 characters');
    let toPriority: string | null = null;
    if (kind.success && kind.data === 'change-priority') {
      const m = PRIORITY_PREFIX.exec(reason);
      if (!m) fail('reason', 'a change-priority row starts its reason with the new priority, e.g. "EMERGENCY: gas smell"');
      else toPriority = m[1]!;
    }
    let toSequence: number | null = null;
    if (kind.success && kind.data === 'resequence') {
      const m = POSITION_PREFIX.exec(reason);
      if (!m || Number(m[1]) < 1)
        fail('reason', 'a resequence row starts its reason with the position in the day, 1 for first, e.g. "1: tenant out after 11"');
      else toSequence = Number(m[1]) - 1;
    }
    if (kind.success && role && errors.every((e) => e.line !== line)) {
      rows.push({
        line,
        ref,
        kind: kind.data,
        from_operative: opt('from_operative'),
        to_operative: opt('to_operative'),
        from_date: opt('from_date'),
        to_date: opt('to_date'),
        requested_by: by,
        role,
        reason,
        to_priority: toPriority,
        to_sequence: toSequence,
      });
    }
  });
  return { rows, errors };
}
