// Runs sandboxed (bundled to CommonJS as dist/electron/preload.cjs). Exposes exactly the
// PlanwrightBridge — one invoke with Dispatch's signature (name, input, scope) and one menu
// subscription; the renderer never sees ipcRenderer or IPC events.
import { contextBridge, ipcRenderer } from 'electron';
import type { Dispatch, PlanwrightBridge } from '../../shared/api/bridge';
import type { ApiResponse } from '../../shared/api/errors';
import { INVOKE_CHANNEL, MENU_CHANNEL, isMenuCommand } from './channels';

const invoke: Dispatch = (name, input, scope) => {
  // Cheap pre-check; the main process re-checks the name against the contract and the scope.
  if (typeof name !== 'string') {
    return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_API', message: 'API name must be a string' } });
  }
  return ipcRenderer.invoke(INVOKE_CHANNEL, name, input, scope) as Promise<ApiResponse>;
};

const bridge: PlanwrightBridge = {
  invoke,
  onMenu(callback) {
    if (typeof callback !== 'function') throw new TypeError('onMenu expects a function');
    const listener = (_event: unknown, command: unknown): void => {
      if (isMenuCommand(command)) callback(command);
    };
    ipcRenderer.on(MENU_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('planwright', bridge);
