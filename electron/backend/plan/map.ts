// The dependency map's data: open jobs with chain, planned times, slack, critical flag and the
// deadline-realism flag, plus the links between them and a summary per chain.
import type { DependencyMap, MapNode } from '../../../shared/api/areas/dependencies';
import { absToLocal } from '../../../shared/graph';
import type { Store } from '../store/store';
import { operativeName } from '../planning/describe';
import { planModel } from './plan-model';

export function dependencyMap(store: Store, planStartAbs: number | undefined, includeUnlinked: boolean): DependencyMap {
  const model = planModel(store, planStartAbs);
  const { cpm, index } = model;
  const nodes: MapNode[] = [];
  const names = new Map<string, string>();
  const nameOf = (id: string) => names.get(id) ?? names.set(id, operativeName(store, id)).get(id)!;
  for (const job of model.jobs.values()) {
    const t = cpm.jobs.get(job.ref)!;
    if (!t.chain && !includeUnlinked) continue;
    const p = index.placementOf(job.ref);
    const deadline = model.deadlineAbs(job.ref);
    const deadlineText = index.world.slaDeadline(job);
    nodes.push({
      ref: job.ref,
      trade: job.trade,
      priority: job.priority,
      status: job.status,
      owner: job.owner,
      done_when: job.done_when,
      duration_min: job.duration_min,
      impact: job.impact,
      effort: job.effort,
      sla_deadline: deadlineText,
      placement: p
        ? {
            operative_id: p.operative_id,
            operative_name: nameOf(p.operative_id),
            date: p.date,
            start: absToLocal(p.start_abs).slice(11),
            end: absToLocal(p.end_abs).slice(11),
          }
        : null,
      chain: t.chain,
      start: absToLocal(t.start_abs),
      end: absToLocal(t.end_abs),
      latest_start: t.chain ? absToLocal(t.latest_start_abs) : null,
      slack_min: t.slack_min,
      critical: t.critical,
      earliest_finish: t.chain ? absToLocal(t.earliest_finish_abs) : null,
      // Only chained jobs: for a lone job this would just say "overdue", which the SLA clock says.
      deadline_unrealistic: t.chain !== null && deadline !== null && deadline < t.earliest_finish_abs,
    });
  }
  const shown = new Set(nodes.map((n) => n.ref));
  return {
    plan_start: absToLocal(model.planStartAbs),
    nodes,
    links: index.world.dependencies.filter((d) => shown.has(d.pred_ref) && shown.has(d.succ_ref)),
    chains: cpm.chains.map((c) => ({
      id: c.id,
      refs: c.refs,
      start: absToLocal(c.start_abs),
      end: absToLocal(c.end_abs),
      critical: c.critical,
    })),
  };
}
