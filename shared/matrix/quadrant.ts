// The impact/effort 2x2. "High" is a score at or above the threshold (default 4, i.e. 4–5 on
// the 1–5 scales); the organisation may move it. Urgency is deliberately not an input.
import { labelled } from '../domain/labelled';

export const { values: QUADRANTS, labels: QUADRANT_LABELS } = labelled({
  'do-first': 'Do first',
  schedule: 'Schedule',
  defer: 'Defer',
  drop: 'Drop',
});
export type Quadrant = (typeof QUADRANTS)[number];

export interface MatrixSettings {
  /** Scores at or above this count as high (2–5). */
  high: number;
}

export const DEFAULT_MATRIX_SETTINGS: MatrixSettings = { high: 4 };

export interface Scored {
  impact: number;
  effort: number;
}

export function quadrantOf(item: Scored, settings: MatrixSettings = DEFAULT_MATRIX_SETTINGS): Quadrant {
  const highImpact = item.impact >= settings.high;
  const highEffort = item.effort >= settings.high;
  if (highImpact) return highEffort ? 'schedule' : 'do-first';
  return highEffort ? 'drop' : 'defer';
}

/**
 * Scores after dropping a card on `target`: each score that is on the wrong side of the
 * threshold moves just across it (to `high` or `high − 1`); a score already on the right side
 * is kept, so the planner's finer judgement survives the drag.
 */
export function rescoreFor(item: Scored, target: Quadrant, settings: MatrixSettings = DEFAULT_MATRIX_SETTINGS): Scored {
  const wantHighImpact = target === 'do-first' || target === 'schedule';
  const wantHighEffort = target === 'schedule' || target === 'drop';
  const move = (score: number, wantHigh: boolean) => (wantHigh ? Math.max(score, settings.high) : Math.min(score, settings.high - 1));
  return { impact: move(item.impact, wantHighImpact), effort: move(item.effort, wantHighEffort) };
}
