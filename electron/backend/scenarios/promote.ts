// Promote a scenario into the live plan as one undoable step. Rows the scenario changed since
// its fork are applied; rows only the live plan changed are kept. If the live plan changed at
// all since the fork, promotion is refused with the affected jobs listed unless confirmed
// (merge); rows both sides changed differently are conflicts, and the scenario's version wins
// only with that confirmation.
import { ApiError } from '../../../shared/api/errors';
import type { Store } from '../store/store';
import type { Row, TableName } from '../store/tables';
import { PLAN_TABLES, forkRows, rowHash, tableRows } from '../store/fork-rows';

export interface PromoteResult {
  applied: number;
  baseChanged: string[];
  conflicts: string[];
}

interface RowDiff {
  table: TableName;
  key: string;
  scenario: Row | null;
  /** The live plan also holds a row under this key that did not exist at the fork. */
  bothAdded: boolean;
}

/** The job (or operative) a row is about, for messages. */
function subject(table: TableName, row: Row): string {
  if (table === 'jobs') return String(row.ref);
  if (table === 'diary_entries') return String(row.job_ref);
  if (table === 'dependencies') return String(row.succ_ref);
  if (table === 'operatives') return String(row.id);
  return String(row.operative_id);
}

/** One row the scenario changed since its fork, as the fork, the live plan and the scenario hold it. */
export interface ScenarioChange {
  table: TableName;
  key: string;
  fork: string | null;
  base: Row | null;
  scenario: Row | null;
}

export interface ScenarioDiff {
  changes: ScenarioChange[];
  baseChanged: string[];
  conflicts: string[];
}

/**
 * What promoting `scenario` would write into `base`, and the jobs the live plan changed since the
 * fork. Refuses (CONFLICT, nothing written) when the live plan changed and the planner did not
 * confirm the merge, or when the scenario changed nothing. Promotion on this machine and the
 * team's `team/apply-rows` both start here.
 */
export function diffScenario(base: Store, scenario: Store, name: string, confirm: boolean): ScenarioDiff {
  const changes: ScenarioChange[] = [];
  const baseChanged = new Set<string>();
  const conflicts = new Set<string>();
  for (const table of PLAN_TABLES) {
    const fork = forkRows(scenario, table);
    const now = tableRows(base, table);
    const mine = tableRows(scenario, table);
    for (const key of new Set([...fork.keys(), ...now.keys(), ...mine.keys()])) {
      const f = fork.get(key) ?? null;
      const b = now.get(key) ?? null;
      const s = mine.get(key) ?? null;
      const bh = b ? rowHash(b) : null;
      const sh = s ? rowHash(s) : null;
      const baseMoved = bh !== f;
      const scenarioMoved = sh !== f;
      if (baseMoved) baseChanged.add(subject(table, b ?? s ?? { ref: key }));
      if (baseMoved && scenarioMoved && bh !== sh) conflicts.add(subject(table, (s ?? b)!));
      if (scenarioMoved && bh !== sh) changes.push({ table, key, fork: f, base: b, scenario: s });
    }
  }
  const list = [...conflicts].sort();
  if (baseChanged.size > 0 && !confirm) {
    throw new ApiError(
      'CONFLICT',
      `The live plan changed since "${name}" was forked (${baseChanged.size} job${baseChanged.size === 1 ? '' : 's'} affected` +
        (list.length ? `; conflicting with the scenario: ${list.slice(0, 20).join(', ')}${list.length > 20 ? '…' : ''}` : '') +
        '). Nothing was promoted; confirm to merge.',
      { baseChanged: [...baseChanged].sort(), conflicts: list },
    );
  }
  if (changes.length === 0) throw new ApiError('CONFLICT', `"${name}" has no changes to promote`);
  return { changes, baseChanged: [...baseChanged].sort(), conflicts: list };
}

export function promoteScenario(base: Store, scenario: Store, name: string, note: string, confirm: boolean): PromoteResult {
  const { changes, baseChanged, conflicts } = diffScenario(base, scenario, name, confirm);
  const diffs = changes.map((c): RowDiff => ({
    table: c.table,
    key: c.key,
    scenario: c.scenario,
    bothAdded: c.fork === null && c.base !== null,
  }));
  applyDiffs(base, diffs, `Promote scenario "${name}"${note ? `: ${note}` : ''}`);
  return { applied: diffs.length, baseChanged, conflicts };
}

// Children are removed before parents and parents written before children (foreign keys).
const DELETE_ORDER: TableName[] = ['diary_entries', 'dependencies', 'absences', 'flags', 'jobs', 'operatives'];
const WRITE_ORDER: TableName[] = ['operatives', 'jobs', 'dependencies', 'absences', 'flags', 'diary_entries'];

function applyDiffs(base: Store, diffs: RowDiff[], label: string): void {
  base.history.mutate(label, (rec) => {
    for (const t of DELETE_ORDER) {
      for (const d of diffs) {
        if (d.table !== t || d.scenario) continue;
        const [a, b] = d.key.split('\u0001');
        const key: Row =
          t === 'dependencies'
            ? { pred_ref: a, succ_ref: b }
            : t === 'absences' || t === 'flags'
              ? { id: Number(a) }
              : t === 'jobs'
                ? { ref: a }
                : t === 'operatives'
                  ? { id: a }
                  : { job_ref: a };
        rec.delete(t, key);
      }
    }
    for (const t of WRITE_ORDER) {
      for (const d of diffs) {
        if (d.table !== t || !d.scenario) continue;
        if ((t === 'absences' || t === 'flags') && d.bothAdded) {
          // Added in both plans under the same id: keep the live row, add the scenario's as new.
          const { id: _id, ...rest } = d.scenario;
          rec.insertWithId(t, rest);
        } else rec.put(t, d.scenario);
      }
    }
  });
}
