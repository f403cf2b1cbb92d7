// The IPC trust boundary, kept free of runtime 'electron' imports so it is unit-tested in plain
// Node. Order matters: who is asking (sender) → what (contract name) → shape (dispatch's zod).
import { parseCallScope, type Dispatch } from '../../shared/api/bridge';
import { isContractName } from '../../shared/api/contract';
import type { ApiResponse } from '../../shared/api/errors';
import { isOnOrigin } from './app-url';

/** The bits of a WebFrameMain we rely on; a structural type so tests can fake it. */
export interface FrameLike {
  readonly url: string;
  readonly detached?: boolean;
  readonly processId?: number;
  readonly routingId?: number;
}

/** The bits of an IpcMainInvokeEvent we rely on. */
export interface IpcEventLike {
  readonly senderFrame: FrameLike | null | undefined;
}

/**
 * The main-process side of `PlanwrightBridge.invoke`: the event, then exactly the arguments of
 * `Dispatch` as they arrived over IPC (untrusted, hence unknown).
 */
export type IpcInvokeHandler = (event: IpcEventLike, ...args: Untrusted<Parameters<Dispatch>>) => Promise<ApiResponse>;
type Untrusted<T extends unknown[]> = { [K in keyof T]: unknown };

export function makeIpcInvokeHandler(opts: { dispatch: Dispatch; isTrustedSender: (event: IpcEventLike) => boolean }): IpcInvokeHandler {
  return async (event, name, input, rawScope) => {
    if (!opts.isTrustedSender(event)) {
      return fail('FORBIDDEN', 'IPC refused: sender is not the Planwright window');
    }
    if (!isContractName(name)) {
      return fail('UNKNOWN_API', `Unknown API: ${typeof name === 'string' ? JSON.stringify(name.slice(0, 100)) : typeof name}`);
    }
    // The plan in scope (a what-if scenario) and the window's actor travel beside the input.
    const scope = parseCallScope(rawScope);
    if (!scope.ok) return fail('VALIDATION', `IPC refused: ${scope.message}`);
    try {
      return await opts.dispatch(name, input, scope.scope);
    } catch {
      // dispatch should always answer with an envelope; if it throws, don't leak internals over IPC.
      return fail('INTERNAL', `Internal error while handling ${name}`);
    }
  };
}

/**
 * Trust only the main frame of our window, and only while it shows our own origin: a
 * sub-frame, a detached (unloading) frame or a navigated-away page cannot reach the backend.
 */
export function makeTrustedSenderCheck(getMainFrame: () => unknown, appOrigin: string): (event: IpcEventLike) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    const main = getMainFrame() as FrameLike | null | undefined;
    if (!frame || !main || frame.detached === true) return false;
    if (!sameFrame(frame, main)) return false;
    return typeof frame.url === 'string' && isOnOrigin(frame.url, appOrigin);
  };
}

function sameFrame(a: FrameLike, b: FrameLike): boolean {
  if (a === b) return true;
  // Electron caches one WebFrameMain per frame, so identity normally decides; fall back to the
  // frame's stable ids in case a wrapper was recreated.
  return typeof a.processId === 'number' && typeof a.routingId === 'number' && a.processId === b.processId && a.routingId === b.routingId;
}

function fail(code: 'FORBIDDEN' | 'UNKNOWN_API' | 'VALIDATION' | 'INTERNAL', message: string): ApiResponse {
  return { ok: false, error: { code, message } };
}
