// workspace/*: what is open, its store version, and the service area.
import { serviceAreaOf, setServiceArea } from '../../editing/service-area';
import { workspaceInfo } from '../../workspace-info';
import type { AreaHandlers } from '../types';

export const workspaceHandlers: AreaHandlers<'workspace'> = {
  'workspace/get-info': (_i, { store, appVersion }) => workspaceInfo(store, appVersion),
  'workspace/get-version': (_i, { store }) => ({ version: store.version }),
  'workspace/get-service-area': (_i, { store }) => serviceAreaOf(store),
  'workspace/set-service-area': ({ box }, { store }) => setServiceArea(store, box),
};
