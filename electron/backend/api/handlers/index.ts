// The handler map: one group per contract area (handlers/<area>.ts, typed from that area's
// entries), joined here. A missing or extra name in a group, or an area without one, does not compile.
import type { Area } from '../../../../shared/api/contract';
import type { AreaHandlers, Handlers } from '../types';
import { absencesHandlers } from './absences';
import { actualsHandlers } from './actuals';
import { addressesHandlers } from './addresses';
import { baselineHandlers } from './baseline';
import { chartsHandlers } from './charts';
import { dependenciesHandlers } from './dependencies';
import { diaryHandlers } from './diary';
import { durationsHandlers } from './durations';
import { exportHandlers } from './export';
import { flagsHandlers } from './flags';
import { historyHandlers } from './history';
import { importHandlers } from './import';
import { jobsHandlers } from './jobs';
import { matrixHandlers } from './matrix';
import { operativesHandlers } from './operatives';
import { packsHandlers } from './packs';
import { printHandlers } from './print';
import { rebookingHandlers } from './rebooking';
import { reviewHandlers } from './review';
import { rosterHandlers } from './roster';
import { scenarioHandlers } from './scenario';
import { scheduleHandlers } from './schedule';
import { slaHandlers } from './sla';
import { workspaceHandlers } from './workspace';
import { teamHandlers } from './team';

export const HANDLERS_BY_AREA: { [A in Area]: AreaHandlers<A> } = {
  workspace: workspaceHandlers,
  jobs: jobsHandlers,
  operatives: operativesHandlers,
  absences: absencesHandlers,
  flags: flagsHandlers,
  dependencies: dependenciesHandlers,
  diary: diaryHandlers,
  import: importHandlers,
  export: exportHandlers,
  history: historyHandlers,
  sla: slaHandlers,
  scenario: scenarioHandlers,
  schedule: scheduleHandlers,
  matrix: matrixHandlers,
  review: reviewHandlers,
  baseline: baselineHandlers,
  charts: chartsHandlers,
  packs: packsHandlers,
  roster: rosterHandlers,
  print: printHandlers,
  actuals: actualsHandlers,
  rebooking: rebookingHandlers,
  addresses: addressesHandlers,
  durations: durationsHandlers,
  access: accessHandlers,
  changes: changesHandlers,
  locks: locksHandlers,
  policy: policyHandlers,
  deviations: deviationsHandlers,
  briefing: briefingHandlers,
  closeout: closeOutHandlers,
  team: teamHandlers,
};
import { accessHandlers } from './access';
import { changesHandlers } from './changes';
import { locksHandlers } from './locks';
import { policyHandlers } from './policy';
import { deviationsHandlers } from './deviations';
import { briefingHandlers } from './briefing';
import { closeOutHandlers } from './closeout';

export const handlers: Handlers = {
  ...workspaceHandlers,
  ...jobsHandlers,
  ...operativesHandlers,
  ...absencesHandlers,
  ...flagsHandlers,
  ...dependenciesHandlers,
  ...diaryHandlers,
  ...importHandlers,
  ...exportHandlers,
  ...historyHandlers,
  ...slaHandlers,
  ...scenarioHandlers,
  ...scheduleHandlers,
  ...matrixHandlers,
  ...reviewHandlers,
  ...baselineHandlers,
  ...chartsHandlers,
  ...packsHandlers,
  ...rosterHandlers,
  ...printHandlers,
  ...actualsHandlers,
  ...rebookingHandlers,
  ...addressesHandlers,
  ...durationsHandlers,
  ...accessHandlers,
  ...changesHandlers,
  ...locksHandlers,
  ...policyHandlers,
  ...deviationsHandlers,
  ...briefingHandlers,
  ...closeOutHandlers,
  ...teamHandlers,
};
