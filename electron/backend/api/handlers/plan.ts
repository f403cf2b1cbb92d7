// Dependencies (links, the map), planning edits to jobs, and the matrix settings.
import { localToAbs } from '../../../../shared/graph';
import { addLink, removeLink } from '../../plan/links';
import { archiveJob, updateOwnership, updateScores } from '../../plan/job-edits';
import { dependencyMap } from '../../plan/map';
import { matrixSettingsOf, setMatrixSettings } from '../../plan/matrix-settings';
import type { HandlerGroup } from '../types';

type PlanApi =
  | 'dependencies/add-link'
  | 'dependencies/remove-link'
  | 'dependencies/get-map'
  | 'jobs/update-scores'
  | 'jobs/update-ownership'
  | 'jobs/archive-job'
  | 'matrix/get-settings'
  | 'matrix/set-settings';

export const planHandlers: HandlerGroup<PlanApi> = {
  'dependencies/add-link': (link, { store }) => addLink(store, link),
  'dependencies/remove-link': ({ pred_ref, succ_ref }, { store }) => removeLink(store, pred_ref, succ_ref),
  'dependencies/get-map': ({ plan_start, include_unlinked }, { store }) =>
    dependencyMap(store, plan_start === undefined ? undefined : localToAbs(plan_start), include_unlinked ?? false),
  'jobs/update-scores': ({ ref, impact, effort }, { store }) => updateScores(store, ref, impact, effort),
  'jobs/update-ownership': ({ ref, owner, done_when }, { store }) => updateOwnership(store, ref, owner, done_when),
  'jobs/archive-job': ({ ref, reason }, { store }) => archiveJob(store, ref, reason),
  'matrix/get-settings': (_i, { store }) => matrixSettingsOf(store),
  'matrix/set-settings': (settings, { store }) => setMatrixSettings(store, settings),
};
