// Unpublished changes (issue 15): edits to the latest published range since it was published —
// the diary against the frozen version, plus priority changes — each matched to the change
// request that explains it (within policy) or marked outside policy (made without one). The app
// shows their count as a badge; republishing lists them in the new version's changes.json.
import type { FrozenEntry, ListedChange } from '../../../shared/pack';
import type { ChangeKind } from '../../../shared/governance/change-policy';
import { frozenEntries, latestVersion } from '../store/pack-versions';
import { settledChangesSince, type ChangeRequestRow } from '../store/governance/change-rows';
import type { Store } from '../store/store';

interface Place {
  operative_id: string;
  date: string;
  sequence: number;
}

export interface PolicyChange extends ListedChange {
  kind: ChangeKind;
}

const place = (e: Place): Place => ({ operative_id: e.operative_id, date: e.date, sequence: e.sequence });

function kindOf(before: Place | null, after: Place | null): PolicyChange['kind'] {
  if (!before) return 'add-emergency';
  if (!after) return 'cancel';
  if (before.date !== after.date) return 'move-day';
  if (before.operative_id !== after.operative_id) return 'reassign-same-day';
  return 'resequence';
}

export function unpublishedChanges(store: Store): { against: number | null; changes: PolicyChange[] } {
  const latest = latestVersion(store);
  if (!latest) return { against: null, changes: [] };
  const frozen = new Map(frozenEntries(store, latest.version).map((e: FrozenEntry) => [e.ref, e]));
  const now = new Map(store.read.diary(latest.from_date, latest.to_date).map((e) => [e.job_ref, e]));
  const requests = new Map<string, ChangeRequestRow>();
  for (const r of settledChangesSince(store, latest.created_at)) requests.set(`${r.ref}|${r.kind === 'change-priority' ? 'p' : 'd'}`, r);
  const out: PolicyChange[] = [];
  const refs = [...new Set([...frozen.keys(), ...now.keys()])].sort();
  for (const ref of refs) {
    const b = frozen.get(ref);
    const a = now.get(ref);
    const before = b ? { operative_id: b.operative_id, date: b.date, sequence: b.sequence } : null;
    const after = a ? place(a) : null;
    if (before && after && before.operative_id === after.operative_id && before.date === after.date && before.sequence === after.sequence)
      continue;
    // A visit that only shifted in its day because another one moved is not a change of its own.
    if (before && after && before.operative_id === after.operative_id && before.date === after.date && !requests.has(`${ref}|d`)) continue;
    out.push(entry(ref, kindOf(before, after), before, after, requests.get(`${ref}|d`)));
  }
  for (const [key, r] of requests) {
    if (key.endsWith('|p'))
      out.push({ ...entry(r.ref, 'change-priority', null, null, r), from_priority: r.from_priority, to_priority: r.to_priority });
  }
  return { against: latest.version, changes: out };
}

function entry(
  ref: string,
  kind: PolicyChange['kind'],
  from: Place | null,
  to: Place | null,
  r: ChangeRequestRow | undefined,
): PolicyChange {
  return {
    ref,
    kind: r ? (r.kind as ChangeKind) : kind,
    from,
    to,
    from_priority: null,
    to_priority: null,
    within_policy: Boolean(r),
    request: r?.id ?? null,
    requested_by: r?.requested_by ?? null,
    decided_by: r?.decided_by ?? null,
    reason: r?.reason ?? null,
  };
}
