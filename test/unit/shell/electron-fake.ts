// A stand-in for the `electron` module, the way Electron Fiddle tests its main process: every
// API main.ts and preload.ts touch, as plain objects that record what they were given. Tests
// `vi.mock('electron', () => fake.module)` and then drive the captured IPC handler.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { APP_ORIGIN } from '../../../electron/shell/app-url';

type Listener = (...args: unknown[]) => unknown;

export function makeElectronFake(userData: string) {
  const handlers = new Map<string, Listener>();
  const rendererListeners = new Map<string, Listener[]>();
  const exposed: Record<string, unknown> = {};
  const windows: FakeWindow[] = [];
  const onEvents: Record<string, Listener[]> = {};

  class FakeWindow {
    readonly webContents = {
      mainFrame: { url: `${APP_ORIGIN}/index.html`, processId: 1, routingId: 1, detached: false },
      send: vi.fn(),
    };
    constructor(readonly options: unknown) {
      windows.push(this);
    }
    once = vi.fn();
    on = vi.fn();
    loadURL = vi.fn(async () => undefined);
    isDestroyed = () => false;
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
    show = vi.fn();
    maximize = vi.fn();
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1200, height: 800 });
  }

  const module = {
    app: {
      isPackaged: false,
      setPath: vi.fn(),
      getPath: vi.fn(() => userData),
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      on: vi.fn((event: string, fn: Listener) => (onEvents[event] ??= []).push(fn)),
      whenReady: vi.fn(() => Promise.resolve()),
      quit: vi.fn(),
      exit: vi.fn(),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
        protocol: { handle: vi.fn() },
      },
    },
    safeStorage: { isEncryptionAvailable: () => false, encryptString: vi.fn(), decryptString: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 1 })) },
    ipcMain: {
      handle: vi.fn((channel: string, fn: Listener) => handlers.set(channel, fn)),
      removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
    },
    ipcRenderer: {
      // The preload's side: what it sends goes straight to the handler main registered.
      invoke: vi.fn(async (channel: string, ...args: unknown[]) => {
        const fn = handlers.get(channel);
        if (!fn) throw new Error(`No handler registered for '${channel}'`);
        return fn({ senderFrame: windows[0]?.webContents.mainFrame ?? null }, ...args);
      }),
      on: vi.fn((channel: string, fn: Listener) =>
        (rendererListeners.get(channel) ?? rendererListeners.set(channel, []).get(channel)!).push(fn),
      ),
      removeListener: vi.fn(),
    },
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => (exposed[key] = api)) },
    Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() },
    shell: { showItemInFolder: vi.fn(), openPath: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    BrowserWindow: FakeWindow,
  };

  return { module, handlers, exposed, windows, onEvents };
}

/** One fake per test file (vi.mock's factory and the test share this module instance). */
export const fakeHome = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-electron-'));
export const fakeElectron = makeElectronFake(path.join(fakeHome, 'electron'));
