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
import { diffScenario } from '../../scenarios/promote';
import { getRun, runView } from '../../scheduling/runs';
import { tableRows } from '../../store/fork-rows';
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
  const diff = diffScenario(base, scenario, name, confirm);
  const changes: RowChangeInput[] = diff.changes.map(({ table, fork, base: b, scenario: s }) => ({
    table: table as RowChangeInput['table'],
    key: keyOfRow(table, (s ?? b)!) as RowChangeInput['key'],
    before: b ? rowImageHash(table, b) : null,
    after: s as RowChangeInput['after'],
    ...(fork === null && b !== null && (table === 'absences' || table === 'flags') ? { as_new: true } : {}),
  }));
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
      return { applied: changes.length, baseChanged: diff.baseChanged, conflicts: diff.conflicts };
    },
  };
}
