// `team/apply-rows`: a whole-plan change (an accepted schedule run, a promoted scenario) as the
// rows it writes, so replaying it anywhere writes the same rows. Judged like a move: a row that
// changed since the sender saw it is a stale-card conflict, and a placement that now breaks a
// rule the sender's plan did not is refused — nothing applied either way, in one undoable step.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { RowChangeInput, teamApi } from '../../../shared/api/areas/team';
import { ApiError } from '../../../shared/api/errors';
import { prePublishChecks } from '../../../shared/pack';
import { PlanIndex } from '../../../shared/rules';
import { loadWorld } from '../planning/world';
import type { Store } from '../store/store';
import { allOrNothing } from '../store/team/all-or-nothing';
import { TABLES, type Row, type TableName } from '../store/tables';

type ApplyRowsInput = z.infer<(typeof teamApi)['team/apply-rows']['input']>;

/** A row's image in its table's column order, hashed: the same on every machine. */
export function rowImageHash(table: TableName, row: Row): string {
  const values = TABLES[table].columns.map((c) => row[c] ?? null);
  return createHash('sha256').update(JSON.stringify(values)).digest('base64url');
}

export const keyOfRow = (table: TableName, row: Row): Row => Object.fromEntries(TABLES[table].key.map((k) => [k, row[k]]));

/** What a row is about, for a person: the job, operative or id. */
function subject(table: TableName, row: Row): string {
  if (table === 'diary_entries') return String(row.job_ref);
  if (table === 'jobs') return String(row.ref);
  if (table === 'dependencies') return `${String(row.pred_ref)}→${String(row.succ_ref)}`;
  if (table === 'operatives') return String(row.id);
  return `${table} ${String(row.operative_id ?? row.id)}`;
}

function checkColumns(c: RowChangeInput): void {
  const spec = TABLES[c.table];
  const known = new Set<string>(spec.columns);
  for (const k of [...Object.keys(c.key), ...Object.keys(c.after ?? {})])
    if (!known.has(k))
      throw new ApiError('VALIDATION', `Invalid input for team/apply-rows: ${c.table} has no column “${k}”. Nothing was changed`);
  for (const k of spec.key)
    if (c.key[k] === undefined || (c.after && !c.as_new && c.after[k] !== c.key[k]))
      throw new ApiError('VALIDATION', `Invalid input for team/apply-rows: a ${c.table} change needs its key ${k}. Nothing was changed`);
}

// Children are removed before parents and parents written before children (foreign keys).
const DELETE_ORDER: TableName[] = [
  'diary_entries',
  'dependencies',
  'absences',
  'flags',
  'roster_days',
  'roster_patterns',
  'jobs',
  'operatives',
];
const WRITE_ORDER: TableName[] = [
  'operatives',
  'jobs',
  'dependencies',
  'absences',
  'flags',
  'roster_patterns',
  'roster_days',
  'diary_entries',
];

export function applyRows(store: Store, input: ApplyRowsInput): { applied: number } {
  for (const c of input.changes) checkColumns(c);
  const diaryRefs = new Set(input.changes.filter((c) => c.table === 'diary_entries' && c.after).map((c) => String(c.key.job_ref)));
  return allOrNothing(store, () => {
    const moves: { ref: string; from: Row | null; to: Row }[] = [];
    store.history.mutate(input.label, (rec) => {
      const stale: string[] = [];
      for (const c of input.changes) {
        if (c.as_new) continue;
        const now = rec.get(c.table, c.key as never) ?? null;
        if (c.table === 'diary_entries' && c.after) moves.push({ ref: String(c.key.job_ref), from: now, to: c.after });
        if ((now ? rowImageHash(c.table, now) : null) !== c.before) stale.push(subject(c.table, now ?? c.after ?? c.key));
      }
      if (stale.length > 0) {
        const list = [...new Set(stale)].sort();
        throw new ApiError(
          'CONFLICT',
          `${input.label}: ${list.length} of its rows changed on the plan since (${list.slice(0, 20).join(', ')}${list.length > 20 ? '…' : ''}). Nothing was applied`,
          { stale: list },
        );
      }
      for (const t of DELETE_ORDER) for (const c of input.changes) if (c.table === t && !c.after) rec.delete(t, c.key as never);
      for (const t of WRITE_ORDER)
        for (const c of input.changes) {
          if (c.table !== t || !c.after) continue;
          if (c.as_new && (t === 'absences' || t === 'flags')) {
            const { id: _id, ...rest } = c.after;
            rec.insertWithId(t, rest as never);
          } else rec.put(t, c.after as never);
        }
    });
    refuseNewViolations(store, input, diaryRefs);
    const by = input.source === 'schedule/accept-run' ? 'auto-schedule' : 'scenario';
    for (const m of moves) {
      const to = { operative_id: m.to.operative_id, date: m.to.date };
      if (!m.from) store.logJobEvent(m.ref, 'placed', { by, to });
      else if (m.from.operative_id !== to.operative_id || m.from.date !== to.date)
        store.logJobEvent(m.ref, 'moved', { by, from: { operative_id: m.from.operative_id, date: m.from.date }, to });
    }
    return { applied: input.changes.length };
  });
}

/** A placement breaking a rule it did not break on the sender's plan (an absence marked since…) is refused. */
function refuseNewViolations(store: Store, input: ApplyRowsInput, refs: ReadonlySet<string>): void {
  if (refs.size === 0) return;
  const diary = store.read.diary();
  const index = new PlanIndex(loadWorld(store), diary);
  const known = new Set(input.known_violations);
  const placed = diary.filter((e) => refs.has(e.job_ref));
  const found = prePublishChecks(index, placed, []).checks.filter((c) => c.kind === 'rule' && !known.has(`${c.ref}|${c.rule_id ?? ''}`));
  if (found.length === 0) return;
  const shown = found.slice(0, 5).map((c) => `${c.ref} (${c.operative_id}, ${c.date}): ${c.message}`);
  throw new ApiError(
    'RULE_VIOLATION',
    `${input.label}: ${found.length} placement${found.length === 1 ? '' : 's'} now break${found.length === 1 ? 's' : ''} a rule on the plan: ${shown.join('; ')}${found.length > 5 ? '; …' : ''}. Nothing was applied`,
    { checks: found },
  );
}
