// The one application window. Every webPreference that widens the renderer's reach is
// pinned off explicitly, so a future Electron default change can't quietly loosen it.
import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './app-url';
import { DEFAULT_SIZE, isVisibleOnSomeDisplay, loadWindowState, saveWindowState } from './window-state';

export interface MainWindowOptions {
  preloadPath: string;
  windowStateFile: string;
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const saved = loadWindowState(opts.windowStateFile);
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const bounds = saved && isVisibleOnSomeDisplay(saved.bounds, workAreas) ? saved.bounds : DEFAULT_SIZE;

  const win = new BrowserWindow({
    ...bounds,
    minWidth: 960,
    minHeight: 600,
    show: false, // shown on ready-to-show: no white flash
    title: 'Planwright',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: opts.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    },
  });

  win.once('ready-to-show', () => {
    if (saved?.maximized) win.maximize();
    win.show();
  });

  // Saved on close only: getNormalBounds() gives the un-maximized size to restore next time.
  win.on('close', () => {
    try {
      saveWindowState(opts.windowStateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    } catch (e) {
      console.warn('planwright: could not save window state:', e);
    }
  });

  void win.loadURL(APP_ENTRY_URL);
  return win;
}
