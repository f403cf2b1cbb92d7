// The handler map: every contract name has exactly one handler (the type enforces it).
import type { Handlers } from '../types';
import { csvHandlers } from './csv';
import { diaryHandlers } from './diary';
import { historyHandlers } from './history';
import { jobHandlers } from './jobs';
import { peopleHandlers } from './people';
import { slaHandlers } from './sla';
import { scenarioHandlers } from './scenarios';
import { scheduleHandlers } from './schedule';
import { workspaceHandlers } from './workspace';
import { planHandlers } from './plan';
import { reviewHandlers } from './review';
import { packsHandlers } from './packs';
import { rosterHandlers } from './roster';
import { dayEditsHandlers } from './day-edits';
import { daySuggestHandlers } from './day-suggest';
import { printHandlers } from './print';
import { actualsHandlers } from './actuals';
import { rebookingHandlers } from './rebooking';
import { addressesHandlers } from './addresses';
import { durationsHandlers } from './durations';
import { accessHandlers } from './access';
import { changesHandlers } from './changes';
import { locksHandlers } from './locks';
import { policyHandlers } from './policy';
import { deviationsHandlers } from './deviations';
import { briefingHandlers } from './briefing';

export const handlers: Handlers = {
  ...workspaceHandlers,
  ...jobHandlers,
  ...peopleHandlers,
  ...diaryHandlers,
  ...csvHandlers,
  ...historyHandlers,
  ...slaHandlers,
  ...scenarioHandlers,
  ...scheduleHandlers,
  ...planHandlers,
  ...reviewHandlers,
  ...packsHandlers,
  ...rosterHandlers,
  ...dayEditsHandlers,
  ...daySuggestHandlers,
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
};
