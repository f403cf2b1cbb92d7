// The live plan's list of what-if scenarios and the file operations a fork needs: a scenario is
// a whole copy of the workspace file (VACUUM INTO: one fast sequential write).
import { recordForkRows } from './fork-rows';
import type { Store } from './store';

export interface ScenarioRow {
  name: string;
  from: string | null;
  note: string;
  created_at: string;
  promoted_at: string | null;
}

export function listScenarios(base: Store): ScenarioRow[] {
  return base.db
    .prepare('SELECT name, from_name AS "from", note, created_at, promoted_at FROM scenarios ORDER BY created_at, name')
    .all() as ScenarioRow[];
}

/** The stored name (names match case-insensitively) and file of a scenario. */
export function scenarioFile(base: Store, name: string): { name: string; file: string } | undefined {
  return base.db.prepare('SELECT name, file FROM scenarios WHERE name = ?').get(name) as { name: string; file: string } | undefined;
}

export function insertScenario(
  base: Store,
  row: { name: string; file: string; from_name: string | null; note: string; created_at: string },
) {
  base.db
    .prepare('INSERT INTO scenarios (name, file, from_name, note, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(row.name, row.file, row.from_name, row.note, row.created_at);
}

export function deleteScenario(base: Store, name: string): void {
  base.db.prepare('DELETE FROM scenarios WHERE name = ?').run(name);
}

export function markScenarioPromoted(base: Store, name: string): void {
  base.db.prepare('UPDATE scenarios SET promoted_at = ? WHERE name = ?').run(base.now(), name);
}

/** Writes a consistent copy of the whole file to `target` (which must not exist). */
export function copyWorkspaceFile(source: Store, target: string): void {
  source.db.prepare('VACUUM INTO ?').run(target);
}

/**
 * Makes a fresh copy a scenario: undo starts at the fork (the live plan's history stays with it),
 * it lists no scenarios of its own, and it remembers the live plan's rows as they were.
 */
export function startScenarioCopy(base: Store, scenario: Store): void {
  scenario.db.transaction(() => {
    scenario.db.prepare('DELETE FROM history').run();
    scenario.db.prepare('DELETE FROM scenarios').run();
    recordForkRows(base, scenario);
  })();
}
