// Review trigger: a planned finish that moved more than 2 days later than the reference plan
// (the last saved baseline, later also a published version). Jobs and whole chains are
// checked: a chain slips when its last finish does, even if no single job slipped that much.
// "2 days" is elapsed time (2 × 1440 minutes), the plainest reading for a planner.
export const SLIP_THRESHOLD_MIN = 2 * 24 * 60;

export type Slip =
  | { kind: 'job'; ref: string; was_abs: number; now_abs: number; slip_min: number }
  | { kind: 'chain'; chain: string; refs: readonly string[]; was_abs: number; now_abs: number; slip_min: number };

/**
 * `reference` and `current` map job refs to planned finish (absolute minutes). Jobs missing on
 * either side (new, unscheduled since, closed) are not compared.
 */
export function findSlips(
  reference: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>,
  chains: readonly { id: string; refs: readonly string[] }[] = [],
  thresholdMin = SLIP_THRESHOLD_MIN,
): Slip[] {
  const out: Slip[] = [];
  for (const [ref, now] of current) {
    const was = reference.get(ref);
    if (was !== undefined && now - was > thresholdMin) out.push({ kind: 'job', ref, was_abs: was, now_abs: now, slip_min: now - was });
  }
  for (const c of chains) {
    const was = maxOf(c.refs, reference);
    const now = maxOf(c.refs, current);
    if (was !== null && now !== null && now - was > thresholdMin) {
      out.push({ kind: 'chain', chain: c.id, refs: c.refs, was_abs: was, now_abs: now, slip_min: now - was });
    }
  }
  return out;
}

function maxOf(refs: readonly string[], finishes: ReadonlyMap<string, number>): number | null {
  let best: number | null = null;
  for (const r of refs) {
    const f = finishes.get(r);
    if (f !== undefined && (best === null || f > best)) best = f;
  }
  return best;
}
