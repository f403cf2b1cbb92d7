// What the real preload (electron/shell/preload.ts) gets as `electron` when the IPC project
// bundles it into the page: contextBridge puts the bridge on window, ipcRenderer.invoke goes
// to the Playwright binding wired to the real registerInvokeHandler, and the native menu's
// Undo/Redo accelerators are played the way Electron's menu delivers them (ipcRenderer.on).
type Listener = (event: unknown, ...args: unknown[]) => void;
declare global {
  interface Window {
    __planwrightIpc?: (channel: string, ...args: unknown[]) => Promise<unknown>;
  }
}

const listeners = new Map<string, Set<Listener>>();

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    Object.defineProperty(window, key, { value: Object.freeze(api), configurable: false, writable: false });
  },
};

export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    if (!window.__planwrightIpc) return Promise.reject(new Error('no IPC binding'));
    return window.__planwrightIpc(channel, ...args);
  },
  on(channel: string, listener: Listener): void {
    (listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel)!).add(listener);
  },
  removeListener(channel: string, listener: Listener): void {
    listeners.get(channel)?.delete(listener);
  },
};

// Electron's menu owns Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y: the page never sees those keys; main
// sends 'undo' / 'redo' on the menu channel instead.
window.addEventListener(
  'keydown',
  (e) => {
    if (!(e.ctrlKey || e.metaKey)) return;
    const key = e.key.toLowerCase();
    const command = key === 'z' ? (e.shiftKey ? 'redo' : 'undo') : key === 'y' ? 'redo' : null;
    if (!command) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    for (const l of listeners.get('planwright:menu') ?? []) l({}, command);
  },
  true,
);
