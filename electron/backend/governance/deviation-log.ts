// The deviation log over a date range (issue 15): visits against the version in force (from
// actuals) and the changes made to the published plan (change requests; edits made without one),
// each one entry. A visit that differs from the plan is explained by an applied or approved change
// request for the same job whose target matches it; otherwise it is a silent override, outside policy.
import { reasonCategory, type Deviation, type DeviationKind } from '../../../shared/governance/deviations';
import { compareRange } from '../actuals/report';
import { changeRequestsBetween, deviationReviews, type ChangeRequestRow } from '../store/governance/change-rows';
import type { Store } from '../store/store';
import { unpublishedChanges } from './unpublished';

/** 'HH:MM' from 'HH:MM' or 'YYYY-MM-DDTHH:MM'. */
const time = (stamp: string | null | undefined) => (stamp ? (/(\d\d:\d\d)/.exec(stamp)?.[1] ?? null) : null);

export function deviationLog(store: Store, from: string, to: string): Deviation[] {
  const visits = compareRange(store, from, to);
  const requests = changeRequestsBetween(store, from, to).filter((r) => r.source !== 'unlock');
  const settled = requests.filter((r) => r.state === 'applied' || r.state === 'approved');
  const reviews = deviationReviews(store);
  const trades = new Map(store.read.jobs().map((j) => [j.ref, j.trade]));
  const out: Omit<Deviation, 'review' | 'note'>[] = [];

  for (const v of visits) {
    const p = v.planned;
    const a = v.actual;
    const kinds: DeviationKind[] = [];
    if (p && a.operative_id !== p.operative_id) kinds.push('other-operative');
    if (p && a.date !== p.date) kinds.push('other-day');
    if (p && a.operative_id === p.operative_id && a.date === p.date && v.punctual === false) kinds.push('other-time');
    if (v.outcome !== 'COMPLETED') kinds.push('not-done');
    for (const kind of kinds) {
      const explained = kind === 'not-done' ? undefined : explaining(settled, v.ref, a.operative_id, a.date);
      const silent = kind !== 'not-done' && !explained;
      out.push({
        key: `actual:${v.ref}:${v.version}:${a.date}:${kind}`,
        ref: v.ref,
        kind,
        date: a.date,
        trade: v.trade,
        planned: p ? { operative_id: p.operative_id, date: p.date, time: time(p.start) } : null,
        actual: { operative_id: a.operative_id, date: a.date, time: time(a.arrived) },
        decided_by: explained
          ? explained.decided_by === 'policy'
            ? explained.requested_by
            : (explained.decided_by ?? explained.requested_by)
          : silent
            ? `${a.operative_id} (no change request)`
            : a.operative_id,
        reason:
          explained?.reason ?? (kind === 'not-done' ? `${v.outcome}${v.reason ? `: ${v.reason}` : ''}` : 'no change request explains it'),
        reason_category: silent ? 'unexplained' : reasonCategory(explained?.reason ?? v.reason, kind === 'not-done' ? v.outcome : null),
        // Recording an outcome is always within policy; a move is only with a change behind it.
        within_policy: !silent,
        silent_override: silent,
      });
    }
  }

  for (const r of settled) {
    out.push({
      key: `request:${r.id}`,
      ref: r.ref,
      kind: r.kind as DeviationKind,
      date: r.to_date ?? r.from_date ?? r.requested_at.slice(0, 10),
      trade: trades.get(r.ref) ?? '',
      planned: r.from_operative && r.from_date ? { operative_id: r.from_operative, date: r.from_date, time: null } : null,
      actual: r.to_operative && r.to_date ? { operative_id: r.to_operative, date: r.to_date, time: null } : null,
      decided_by: r.decided_by === 'policy' ? r.requested_by : (r.decided_by ?? r.requested_by),
      reason: r.to_priority ? `${r.from_priority} → ${r.to_priority}: ${r.reason}` : r.reason,
      reason_category: reasonCategory(r.reason),
      within_policy: true,
      silent_override: false,
    });
  }

  // Edits to the published plan made without a change request: outside policy (a visit already
  // recorded is judged by its actual above: recording it takes it off the diary).
  const visited = new Set(visits.map((v) => v.ref));
  for (const c of unpublishedChanges(store).changes) {
    const date = c.to?.date ?? c.from?.date;
    if (c.within_policy || visited.has(c.ref) || !date || date < from || date > to) continue;
    out.push({
      key: `edit:${c.ref}:${c.kind}`,
      ref: c.ref,
      kind: c.kind,
      date,
      trade: trades.get(c.ref) ?? '',
      planned: c.from ? { operative_id: c.from.operative_id, date: c.from.date, time: null } : null,
      actual: c.to ? { operative_id: c.to.operative_id, date: c.to.date, time: null } : null,
      decided_by: 'a planner (direct edit)',
      reason: 'edited in the diary without a change request',
      reason_category: 'unexplained',
      within_policy: false,
      silent_override: false,
    });
  }

  return out
    .sort((x, y) => x.date.localeCompare(y.date) || x.ref.localeCompare(y.ref) || x.key.localeCompare(y.key))
    .map((d) => ({ ...d, review: reviews.get(d.key)?.state ?? 'open', note: reviews.get(d.key)?.note ?? null }));
}

function explaining(settled: ChangeRequestRow[], ref: string, operative: string, date: string): ChangeRequestRow | undefined {
  return settled.filter((r) => r.ref === ref && (r.to_operative ?? operative) === operative && (r.to_date ?? date) === date).at(-1);
}
