// changes.json: what a version changes against the one before it, in the terms operations
// act on: jobs added, removed, moved (other operative or day) and re-timed (same day, new time
// or order). Only the new version's date range is compared: the previous version still governs
// the days outside it.
import { byDiaryOrder } from '../plan';
import type { PackVisit } from './plan-model';

/** A visit as a version froze it: who, which day, in what order and when. */
export type FrozenEntry = Pick<PackVisit, 'ref' | 'operative_id' | 'date' | 'sequence' | 'start' | 'end'>;

export interface VersionRef {
  version: number;
  manifest_sha256: string;
  from: string;
  to: string;
}

/** One change made to the published plan since the previous version, judged by the change policy (issue 15). */
export interface ListedChange {
  ref: string;
  kind: string;
  from: { operative_id: string; date: string; sequence: number } | null;
  to: { operative_id: string; date: string; sequence: number } | null;
  from_priority: string | null;
  to_priority: string | null;
  within_policy: boolean;
  /** The change request behind it; null for an edit made without one (outside policy). */
  request: number | null;
  requested_by: string | null;
  decided_by: string | null;
  reason: string | null;
}

export interface ChangeSet {
  against: VersionRef | null;
  range: { from: string; to: string };
  summary: { added: number; removed: number; moved: number; retimed: number; unchanged: number };
  added: FrozenEntry[];
  removed: FrozenEntry[];
  moved: { ref: string; from: FrozenEntry; to: FrozenEntry }[];
  retimed: { ref: string; from: FrozenEntry; to: FrozenEntry }[];
  /** The edits made to the previous version since it was published, each within or outside policy. */
  changes?: ListedChange[];
}

export function diffVersions(
  prev: { ref: VersionRef; entries: readonly FrozenEntry[] } | null,
  next: readonly FrozenEntry[],
  range: { from: string; to: string },
): ChangeSet {
  const before = new Map((prev?.entries ?? []).map((e) => [e.ref, e]));
  const after = new Map(next.map((e) => [e.ref, e]));
  const out: ChangeSet = {
    against: prev?.ref ?? null,
    range,
    summary: { added: 0, removed: 0, moved: 0, retimed: 0, unchanged: 0 },
    added: [],
    removed: [],
    moved: [],
    retimed: [],
  };
  for (const e of sortEntries(next)) {
    const b = before.get(e.ref);
    if (!b) out.added.push(e);
    else if (b.operative_id !== e.operative_id || b.date !== e.date) out.moved.push({ ref: e.ref, from: b, to: e });
    else if (b.start !== e.start || b.end !== e.end || b.sequence !== e.sequence) out.retimed.push({ ref: e.ref, from: b, to: e });
    else out.summary.unchanged++;
  }
  for (const b of sortEntries(prev?.entries ?? [])) {
    if (!after.has(b.ref) && b.date >= range.from && b.date <= range.to) out.removed.push(b);
  }
  out.summary.added = out.added.length;
  out.summary.removed = out.removed.length;
  out.summary.moved = out.moved.length;
  out.summary.retimed = out.retimed.length;
  return out;
}

function sortEntries(entries: readonly FrozenEntry[]): FrozenEntry[] {
  return [...entries].sort(byDiaryOrder);
}
