// Wires the single invoke channel to the tested adapter. `ipcMain` is passed in (main.ts gives
// Electron's), so the same wiring runs under a stand-in in tests — including the Playwright run
// through the IPC path. Returns a disposer so main can unregister before the workspace closes.
import type { IpcMain } from 'electron';
import type { Dispatch } from '../../shared/api/bridge';
import { INVOKE_CHANNEL } from './channels';
import { makeIpcInvokeHandler, makeTrustedSenderCheck, type IpcEventLike, type IpcInvokeHandler } from './ipc-adapter';

/** The part of Electron's ipcMain this module uses. */
export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;

export function registerInvokeHandler(opts: {
  ipcMain: IpcMainLike;
  /** The workspace's dispatcher itself — not a wrapper that could drop the scope. */
  dispatch: Dispatch;
  /** Read on every call: the window may be recreated (macOS activate). */
  getMainFrame: () => unknown;
  appOrigin: string;
}): () => void {
  const handler: IpcInvokeHandler = makeIpcInvokeHandler({
    dispatch: opts.dispatch,
    isTrustedSender: makeTrustedSenderCheck(opts.getMainFrame, opts.appOrigin),
  });
  // Every argument the preload sent is forwarded (the handler's type requires all of Dispatch's).
  opts.ipcMain.handle(INVOKE_CHANNEL, (event, name: unknown, input: unknown, scope: unknown) =>
    handler(event as IpcEventLike, name, input, scope),
  );
  return () => opts.ipcMain.removeHandler(INVOKE_CHANNEL);
}
