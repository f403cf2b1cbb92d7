import type { AreaHandlers } from '../types';

export const historyHandlers: AreaHandlers<'history'> = {
  'history/get-status': (_i, { store }) => store.history.status(),
  'history/undo': (_i, { store }) => {
    store.history.undo();
    return store.history.status();
  },
  'history/redo': (_i, { store }) => {
    store.history.redo();
    return store.history.status();
  },
};
