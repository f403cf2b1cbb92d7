// Optimistic placement: a dropped card is drawn where it is going as soon as it is released, pending
// until the backend answers that the move is stored (then it simply stops being pending), and put
// back where it was if the move is refused. Drawn from the moves being saved, never written into the
// board's model: the model changes only when the stored move is adopted (applyStored.ts) or the board
// reloads, and a preview applies only to the model version it was made from.
import type { DayPlan } from '../../../../../shared/plan';
import type { BoardModel } from '../boardModel';

/** One operative-day as it will be once the move is stored. */
export interface PreviewDay {
  operative_id: string;
  date: string;
  plan: DayPlan;
}

/** What a single move changes on screen, made at the drop from the model it was judged on. */
export interface MovePreview {
  version: number;
  /** The target day with the job in it (timed), and the day it leaves without it. */
  days: readonly PreviewDay[];
  /** Refs that leave the tray (placed from it) or join it (unscheduled). */
  leavesTray: readonly string[];
  joinsTray: readonly string[];
}

export interface OptimisticView {
  /** The day to draw instead of the model's, while a move into or out of it is being saved. */
  plan(operativeId: string, date: string): DayPlan | undefined;
  leavesTray: ReadonlySet<string>;
  joinsTray: readonly string[];
  /** Operative → most jobs in a visible day with the previews in, where that is more than the model's. */
  maxJobs: ReadonlyMap<string, number>;
}

const NO_GROWTH: ReadonlyMap<string, number> = new Map();
export const NO_PREVIEW: OptimisticView = { plan: () => undefined, leavesTray: new Set(), joinsTray: [], maxJobs: NO_GROWTH };

/** The previews that apply to `model`, in the order the moves were made (a later one wins a day). */
export function livePreviews(model: BoardModel, previews: Iterable<MovePreview | undefined>): MovePreview[] {
  const out: MovePreview[] = [];
  for (const p of previews) if (p && p.version === model.version) out.push(p);
  return out;
}

/**
 * The board drawn with the previews in. Memoise on the previews themselves, not on the moves:
 * a move that is stored keeps its preview, so acknowledging it changes nothing drawn but its card.
 */
export function optimisticView(model: BoardModel, previews: readonly MovePreview[]): OptimisticView {
  if (previews.length === 0) return NO_PREVIEW;
  const days = new Map<string, DayPlan>();
  const leaves = new Set<string>();
  const joins: string[] = [];
  const maxJobs = new Map<string, number>();
  for (const p of previews) {
    for (const d of p.days) {
      days.set(`${d.operative_id}\u0000${d.date}`, d.plan);
      if (d.plan.visits.length > (maxJobs.get(d.operative_id) ?? model.maxJobsPerDay.get(d.operative_id) ?? 0))
        maxJobs.set(d.operative_id, d.plan.visits.length);
    }
    p.leavesTray.forEach((r) => leaves.add(r));
    joins.push(...p.joinsTray);
  }
  return {
    plan: (op, date) => days.get(`${op}\u0000${date}`),
    leavesTray: leaves,
    joinsTray: joins,
    // The same empty map when no row grows: the board's geometry (memoised on it) then stands.
    maxJobs: maxJobs.size ? maxJobs : NO_GROWTH,
  };
}

/** `plan` without `refs`' visits (the day a job leaves, drawn at once; re-timed when stored). */
export function withoutVisits(plan: DayPlan, refs: readonly string[]): DayPlan {
  return { ...plan, visits: plan.visits.filter((v) => !refs.includes(v.ref)) };
}
