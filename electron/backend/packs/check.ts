// The pre-publish check for the Publish view and `packs/check`: the range's problem, if any,
// else its size and every check with whether it blocks.
import { ApiError } from '../../../shared/api/errors';
import { blockingChecks, prePublishChecks, type PublishCheck } from '../../../shared/pack';
import { indexOf } from '../planning/world';
import type { Store } from '../store/store';
import { placementOverrides } from './plan-content';
import { entriesToPublish, type PublishRange } from './range';
import { latestVersion } from '../store/pack-versions';

export interface CheckSummary {
  from: string;
  to: string;
  problem: string | null;
  jobs: number;
  operatives: number;
  checks: PublishCheck[];
  blocking: number;
  warnings: number;
  next_version: number;
}

export function checkRange(store: Store, r: PublishRange): CheckSummary {
  const next_version = (latestVersion(store)?.version ?? 0) + 1;
  const base = { from: r.from, to: r.to, jobs: 0, operatives: 0, checks: [], blocking: 0, warnings: 0, next_version };
  let entries;
  try {
    entries = entriesToPublish(store, r);
  } catch (e) {
    if (e instanceof ApiError && e.code === 'VALIDATION') return { ...base, problem: e.message };
    throw e;
  }
  const report = prePublishChecks(indexOf(store), entries, placementOverrides(store, entries));
  return {
    ...base,
    problem: null,
    jobs: entries.length,
    operatives: new Set(entries.map((e) => e.operative_id)).size,
    checks: report.checks,
    blocking: blockingChecks(report).length,
    warnings: report.warnings,
  };
}
