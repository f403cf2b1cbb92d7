// The travel pairs a search will read, looked up before it starts (travel.ts fills the run's
// matrix as needed): a search over a whole pass reads journeys between the jobs that may move
// and every place; a part's search reads journeys inside the part only.
import type { DiaryModel } from './build';

/** Every place of the model: the homes of its days and its jobs. */
function placesOf(model: DiaryModel): Int32Array {
  const p = model.problem;
  return Int32Array.from(new Set([...p.startLoc, ...p.endLoc, ...p.jobLoc]));
}

/** Journeys between each job that may move and every place of the model, both ways. */
export function fillForSearch(model: DiaryModel, stop?: () => boolean): void {
  const p = model.problem;
  const moving = new Set<number>();
  for (let j = 0; j < p.nJobs; j++) if (!model.locked[j]) moving.add(p.jobLoc[j]!);
  model.travel.fillBetween(Int32Array.from(moving), placesOf(model), stop);
}

/** Journeys inside a part (its jobs and its days' homes), both ways. */
export function fillForPart(model: DiaryModel, jobs: readonly number[], vehicles: readonly number[], stop?: () => boolean): void {
  const p = model.problem;
  const places = Int32Array.from(new Set([...jobs.map((j) => p.jobLoc[j]!), ...vehicles.map((v) => p.startLoc[v]!)]));
  model.travel.fillBetween(places, places, stop);
}
