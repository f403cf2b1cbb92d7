// Native menu. Standard roles keep platform shortcuts; Undo/Redo are custom because undo
// history lives in the backend (SQLite), not in Chromium's editing stack.
import { Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './channels';

export interface MenuOptions {
  isMac: boolean;
  /** Reload and DevTools only in development: production UI stays locked down. */
  isDev: boolean;
  workspacePath: string;
  sendCommand: (command: MenuCommand) => void;
}

export function installAppMenu(opts: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(opts)));
}

function menuTemplate({ isMac, isDev, workspacePath, sendCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Show Workspace File', click: () => shell.showItemInFolder(workspacePath) },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => sendCommand('undo') },
      { label: 'Redo', accelerator: isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y', click: () => sendCommand('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(isDev ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    edit,
    view,
    { role: 'windowMenu' }, // Minimize/Zoom/Close (+ Bring All to Front on macOS)
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
}
