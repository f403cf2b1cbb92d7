// SLA risk by priority over open work: planned finishes come from the critical-path pass, so a
// job pushed late by its predecessors counts as planned late.
import { PRIORITIES } from '../../../shared/domain/schemas';
import { absToLocal } from '../../../shared/graph';
import { slaRiskByPriority } from '../../../shared/charts';
import type { Store } from '../store/store';
import { nowAbs, planModel } from '../plan/plan-model';
import { slaPolicyOf } from '../sla/policy';

export function slaRisk(store: Store) {
  const now = nowAbs(store);
  const model = planModel(store, now);
  const inputs = [...model.jobs.values()].map((j) => {
    const t = model.cpm.jobs.get(j.ref)!;
    return { priority: j.priority, deadline_abs: model.deadlineAbs(j.ref), finish_abs: t.scheduled ? t.end_abs : null };
  });
  const order = [...PRIORITIES, ...slaPolicyOf(store).categories.map((c) => c.priority)];
  return { now: absToLocal(now), rows: slaRiskByPriority(inputs, now, order) };
}
