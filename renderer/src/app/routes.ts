// The views of the workstation and their names in the navigation; `?view=…` selects one (url.ts).

export const VIEWS = [
  'diary',
  'jobs',
  'operatives',
  'dependencies',
  'matrix',
  'publish',
  'roster',
  'scenarios',
  'actuals',
  'control',
] as const;
export type ViewId = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<ViewId, string> = {
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
};

export const DEFAULT_VIEW: ViewId = 'diary';

export function isViewId(x: string | null): x is ViewId {
  return x !== null && (VIEWS as readonly string[]).includes(x);
}
