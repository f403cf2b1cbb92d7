// The views of the workstation and their names in the navigation, in navigation order; `?view=…`
// selects one (url.ts).
import { labelled } from '../../../shared/domain/labelled';

export const { values: VIEWS, labels: VIEW_LABELS } = labelled({
  diary: 'Diary',
  jobs: 'Jobs',
  operatives: 'Operatives',
  dependencies: 'Dependencies',
  matrix: 'Matrix',
  publish: 'Publish',
  roster: 'Roster',
  scenarios: 'Scenarios',
  actuals: 'Plan vs actual',
  control: 'Change control',
});
export type ViewId = (typeof VIEWS)[number];

export const DEFAULT_VIEW: ViewId = 'diary';

export function isViewId(x: string | null): x is ViewId {
  return x !== null && (VIEWS as readonly string[]).includes(x);
}
