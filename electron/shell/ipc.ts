// Wires the single invoke channel to the tested adapter. Returns a disposer so main can
// unregister before the workspace closes.
import { ipcMain } from 'electron';
import type { ApiResponse } from '../../shared/api/errors';
import { INVOKE_CHANNEL } from './channels';
import { makeIpcInvokeHandler, makeTrustedSenderCheck } from './ipc-adapter';

export function registerInvokeHandler(opts: {
  dispatch: (name: string, input: unknown) => Promise<ApiResponse>;
  /** Read on every call: the window may be recreated (macOS activate). */
  getMainFrame: () => unknown;
  appOrigin: string;
}): () => void {
  const handler = makeIpcInvokeHandler({
    dispatch: opts.dispatch,
    isTrustedSender: makeTrustedSenderCheck(opts.getMainFrame, opts.appOrigin),
  });
  ipcMain.handle(INVOKE_CHANNEL, (event, name: unknown, input: unknown) => handler(event, name, input));
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
