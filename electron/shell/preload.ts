// Runs sandboxed (bundled to CommonJS as dist/electron/preload.cjs). Exposes exactly one
// invoke and one menu subscription; the renderer never sees ipcRenderer or IPC events.
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiResponse } from '../../shared/api/errors';
import { INVOKE_CHANNEL, MENU_CHANNEL, isMenuCommand, type MenuCommand } from './channels';

const bridge = {
  invoke(name: unknown, input: unknown, scenario?: unknown): Promise<ApiResponse> {
    // Cheap pre-check; the main process re-checks the name against the contract.
    if (typeof name !== 'string') {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_API', message: 'API name must be a string' } });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, name, input, typeof scenario === 'string' ? scenario : null) as Promise<ApiResponse>;
  },
  /** Subscribe to native menu commands (Undo/Redo); returns an unsubscribe function. */
  onMenu(callback: (command: MenuCommand) => void): () => void {
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

export type PlanwrightBridge = typeof bridge;

contextBridge.exposeInMainWorld('planwright', bridge);
