// Electron main process: lifecycle only. Each concern (window, security, protocol, menu,
// IPC) lives in its own module; this file decides the order they run in.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, safeStorage, session } from 'electron';
import { logError } from '../backend/error-log';
import { restoreBackup } from '../backend/store/backup-restore';
import { WorkspaceOpenError } from '../backend/store/open-errors';
import { openWorkspace, type Workspace, type WorkspaceOptions } from '../backend/workspace';
import { warmUpSuggestions } from '../backend/suggest/warm-up';
import { APP_ORIGIN } from './app-url';
import { MENU_CHANNEL, type MenuCommand } from './channels';
import { registerInvokeHandler } from './ipc';
import { installAppMenu } from './menu';
import { resolveNativeBinding } from './native-binding';
import { safeStorageProtector } from './safe-storage-protector';
import { shellPaths } from './paths';
import { registerAppScheme, serveAppScheme } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';

const isMac = process.platform === 'darwin';
const paths = shellPaths(path.dirname(fileURLToPath(import.meta.url)));

// PLANWRIGHT_HOME isolates a whole instance (tests, demos): workspace and Electron's own
// userData, so the single-instance lock and window state don't collide across homes.
const home = process.env.PLANWRIGHT_HOME ? path.resolve(process.env.PLANWRIGHT_HOME) : undefined;
if (home) app.setPath('userData', path.join(home, 'electron'));

let win: BrowserWindow | null = null;
let workspace: Workspace | null = null;
let disposeIpc: (() => void) | null = null;

// Everything below must happen before 'ready'.
app.enableSandbox(); // every renderer sandboxed, even one created by mistake
registerAppScheme();
hardenWebContents();

// One process per workspace: two writers on the same SQLite file is never what the user meant.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusWindow);
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
  app.on('activate', () => {
    if (!win && workspace) openWindow();
  });
  app.on('will-quit', shutdown);
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => fatal('Planwright failed to start', e));
}

async function start(): Promise<void> {
  const ses = session.defaultSession;
  hardenSession(ses);
  serveAppScheme(ses, paths.rendererRoot);

  const dbPath = workspaceFile();
  const options: WorkspaceOptions = {
    nativeBinding: resolveNativeBinding(paths.projectRoot),
    secretProtector: safeStorageProtector(safeStorage) ?? undefined, // after 'ready': safeStorage needs it
    checkOutput: !app.isPackaged, // contract drift shows up while developing, not in the field
    readOnlyFallback: true, // a read-only workspace opens for browsing, export and compare
    onInternalError: (name, err) => logError(`internal error in ${name}`, err),
  };
  try {
    workspace = await openOrRecover(dbPath, options);
  } catch (e) {
    fatal(`Planwright could not open its workspace:\n${dbPath}`, e);
    return;
  }
  if (!workspace) return;
  const ws = workspace;
  // Joined to a team (issue 17): sync every few seconds while the app runs.
  ws.team.startAutoSync();
  // Build what the first suggestion needs while the window loads (issue 13).
  void warmUpSuggestions(ws.store);

  disposeIpc = registerInvokeHandler({
    ipcMain,
    dispatch: ws.dispatch,
    getMainFrame: () => (win && !win.isDestroyed() ? win.webContents.mainFrame : null),
    appOrigin: APP_ORIGIN,
  });
  installAppMenu({ isMac, isDev: !app.isPackaged, workspacePath: dbPath, sendCommand });
  openWindow();
}

/**
 * Opens the workspace; when it is damaged or emptied and a good backup exists, offers to
 * restore it (the same restore as `planwright backup restore`). Null when the user quits.
 */
async function openOrRecover(dbPath: string, options: WorkspaceOptions): Promise<Workspace | null> {
  try {
    return await openWorkspace(dbPath, options);
  } catch (e) {
    if (!(e instanceof WorkspaceOpenError) || !e.backup) throw e;
    if (e.detail) logError(`opening ${dbPath}: ${e.problem}`, e.detail);
    const choice = await dialog.showMessageBox({
      type: 'error',
      title: 'Planwright: the workspace could not be opened',
      message: 'The workspace could not be opened',
      detail: e.message,
      buttons: [`Restore backup ${e.backup.id}`, 'Quit'],
      defaultId: 0,
      cancelId: 1,
    });
    if (choice.response !== 0) {
      app.exit(2);
      return null;
    }
    restoreBackup(dbPath, { from: e.backup.id, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    return openWorkspace(dbPath, options);
  }
}

function workspaceFile(): string {
  const dir = home ?? app.getPath('userData');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, 'workspace.db');
}

function openWindow(): void {
  win = createMainWindow({
    preloadPath: paths.preload,
    windowStateFile: path.join(app.getPath('userData'), 'window-state.json'),
  });
  win.on('closed', () => {
    win = null;
  });
}

function focusWindow(): void {
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

function sendCommand(command: MenuCommand): void {
  if (win && !win.isDestroyed()) win.webContents.send(MENU_CHANNEL, command);
}

/** Unregister IPC before closing the store so no late call hits a closed database. */
function shutdown(): void {
  disposeIpc?.();
  disposeIpc = null;
  workspace?.close();
  workspace = null;
}

function fatal(title: string, e: unknown): void {
  const log = e instanceof WorkspaceOpenError ? null : logError(title, e);
  dialog.showErrorBox(title, `${e instanceof Error ? e.message : String(e)}${log ? `\n\nDetails are in ${log}` : ''}`);
  shutdown();
  app.exit(1);
}
