// The handler map: every contract name has exactly one handler (the type enforces it).
import type { Handlers } from '../types';
import { csvHandlers } from './csv';
import { diaryHandlers } from './diary';
import { historyHandlers } from './history';
import { jobHandlers } from './jobs';
import { peopleHandlers } from './people';
import { slaHandlers } from './sla';
import { scenarioHandlers } from './scenarios';
import { workspaceHandlers } from './workspace';

export const handlers: Handlers = {
  ...workspaceHandlers,
  ...jobHandlers,
  ...peopleHandlers,
  ...diaryHandlers,
  ...csvHandlers,
  ...historyHandlers,
  ...slaHandlers,
  ...scenarioHandlers,
};
