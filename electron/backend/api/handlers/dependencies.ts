import { localToAbs } from '../../../../shared/graph';
import { addLink, removeLink } from '../../plan/links';
import { dependencyMap } from '../../plan/map';
import type { AreaHandlers } from '../types';

export const dependenciesHandlers: AreaHandlers<'dependencies'> = {
  'dependencies/list': (_i, { store }) => store.read.dependencies(),
  'dependencies/add-link': (link, { store }) => addLink(store, link),
  'dependencies/remove-link': ({ pred_ref, succ_ref }, { store }) => removeLink(store, pred_ref, succ_ref),
  'dependencies/get-map': ({ plan_start, include_unlinked }, { store }) =>
    dependencyMap(store, plan_start === undefined ? undefined : localToAbs(plan_start), include_unlinked ?? false),
};
