// While joined, accepting a schedule run and promoting a scenario become `team/apply-rows`: the
// rows the step writes, carried whole (a run's result lives in this machine's memory, a
// scenario in a file of its own — neither replays from its input). Each change names the row as
// this workstation saw it, so the server refuses the step if another planner changed one since.
import type { z } from 'zod';
import type { RowChangeInput, teamApi } from '../../../../shared/api/areas/team';
import { ApiError } from '../../../../shared/api/errors';
import { prePublishChecks } from '../../../../shared/pack';
import { indexOf } from '../../planning/world';
import type { ScenarioManager } from '../../scenarios/manager';
import { getRun, runView } from '../../scheduling/runs';
import { forkRows, PLAN_TABLES, rowHash, tableRows } from '../../store/fork-rows';
import { diaryToRow } from '../../store/rows';
import type { Store } from '../../store/store';
import type { Row, TableName } from '../../store/tables';
import { keyOfRow, rowImageHash } from '../apply-rows';

type ApplyRowsInput = z.infer<(typeof teamApi)['team/apply-rows']['input']>;

export interface RowsCommand {
  input: ApplyRowsInput;
  /** After the command applied here: the answer the original call gives. */
  finish(): unknown;
}

const sameRow = (table: TableName, a: Row, b: Row): boolean => rowImageHash(table, a) === rowImageHash(table, b);

/** `schedule/accept-run` as rows: the run's diary against the live one, checked as acceptRun checks. */
export function acceptRunAsRows(store: Store, id: string): RowsCommand {
  const run = getRun(store, id);
  if (run.state === 'running') throw new ApiError('CONFLICT', 'The scheduler is still running: wait for it or cancel it first');
  if (run.state !== 'done' && run.state !== 'cancelled') throw new ApiError('CONFLICT', `This run is ${run.state}; nothing to accept`);
  if (!run.result) throw new ApiError('CONFLICT', 'This run has no plan to accept');
  if (store.version !== run.baseVersion)
    throw new ApiError(
      'CONFLICT',
      'The diary changed while the scheduler ran; nothing was applied. Run auto-schedule again on the current diary.',
    );
  const live = tableRows(store, 'diary_entries');
  const next = new Map(run.result.diary.map((e) => [e.job_ref, diaryToRow(e) as Row]));
  const changes: RowChangeInput[] = [];
  for (const [ref, row] of live)
    if (!next.has(ref))
      changes.push({ table: 'diary_entries', key: { job_ref: ref }, before: rowImageHash('diary_entries', row), after: null });
  for (const [ref, row] of next) {
    const now = live.get(ref);
    if (now && sameRow('diary_entries', now, { ...now, ...row })) continue;
    changes.push({
      table: 'diary_entries',
      key: { job_ref: ref },
      before: now ? rowImageHash('diary_entries', now) : null,
      after: row as RowChangeInput['after'],
    });
  }
  if (changes.length === 0) throw new ApiError('CONFLICT', 'This run changes nothing in the diary');
  const p = run.preview!;
  return {
    input: {
      label: `Auto-schedule ${run.from} to ${run.to}: ${p.added.length} added, ${p.moved.length} moved`,
      source: 'schedule/accept-run',
      changes,
      known_violations: [],
    },
    finish: () => {
      run.state = 'accepted';
      return runView(run);
    },
  };
}

/** `scenario/promote` as rows: what the scenario changed since its fork, refused and merged as promoteScenario does. */
export function promoteAsRows(base: Store, scenarios: ScenarioManager, name: string, note: string, confirm: boolean): RowsCommand {
  const scenario = scenarios.store(name);
  if (scenario === base) throw new ApiError('VALIDATION', 'the live plan cannot be promoted into itself');
  const changes: RowChangeInput[] = [];
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
      if (bh !== f) baseChanged.add(subjectOf(table, b ?? s!));
      if (bh !== f && sh !== f && bh !== sh) conflicts.add(subjectOf(table, (s ?? b)!));
      if (sh === f || bh === sh) continue;
      changes.push({
        table: table as RowChangeInput['table'],
        key: keyOfRow(table, (s ?? b)!) as RowChangeInput['key'],
        before: b ? rowImageHash(table, b) : null,
        after: s as RowChangeInput['after'],
        ...(f === null && b !== null && (table === 'absences' || table === 'flags') ? { as_new: true } : {}),
      });
    }
  }
  if (baseChanged.size > 0 && !confirm) {
    const list = [...conflicts].sort();
    throw new ApiError(
      'CONFLICT',
      `The live plan changed since "${name}" was forked (${baseChanged.size} job${baseChanged.size === 1 ? '' : 's'} affected` +
        (list.length ? `; conflicting with the scenario: ${list.slice(0, 20).join(', ')}${list.length > 20 ? '…' : ''}` : '') +
        '). Nothing was promoted; confirm to merge.',
      { baseChanged: [...baseChanged].sort(), conflicts: list },
    );
  }
  if (changes.length === 0) throw new ApiError('CONFLICT', `"${name}" has no changes to promote`);
  // Rule findings the scenario already had are the planner's to accept, not a conflict.
  const refs = new Set(changes.filter((c) => c.table === 'diary_entries' && c.after).map((c) => String(c.key.job_ref)));
  const known = prePublishChecks(
    indexOf(scenario),
    scenario.read.diary().filter((e) => refs.has(e.job_ref)),
    [],
  ).checks.map((c) => `${c.ref}|${c.rule_id ?? ''}`);
  return {
    input: { label: `Promote scenario "${name}"${note ? `: ${note}` : ''}`, source: 'scenario/promote', changes, known_violations: known },
    finish: () => {
      scenarios.markPromoted(name);
      return { applied: changes.length, baseChanged: [...baseChanged].sort(), conflicts: [...conflicts].sort() };
    },
  };
}

function subjectOf(table: TableName, row: Row): string {
  if (table === 'jobs') return String(row.ref);
  if (table === 'diary_entries') return String(row.job_ref);
  if (table === 'dependencies') return String(row.succ_ref);
  if (table === 'operatives') return String(row.id);
  return String(row.operative_id);
}
