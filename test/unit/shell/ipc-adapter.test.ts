// The IPC trust boundary: sender → contract name → input validation. The last step runs
// against a real temporary workspace so it exercises the zod validation dispatch really does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiResponse } from '../../../shared/api/errors';
import type { Workspace } from '../../../electron/backend/workspace';
import { APP_ORIGIN } from '../../../electron/shell/app-url';
import { makeIpcInvokeHandler, makeTrustedSenderCheck, type FrameLike, type IpcEventLike } from '../../../electron/shell/ipc-adapter';

const LIVE = { scenario: null, actor: 'window:test' };
const mainFrame: FrameLike = { url: `${APP_ORIGIN}/index.html`, processId: 4, routingId: 1, detached: false };
const trusted: IpcEventLike = { senderFrame: mainFrame };
const isTrusted = makeTrustedSenderCheck(() => mainFrame, APP_ORIGIN);

describe('makeTrustedSenderCheck', () => {
  it("trusts our window's main frame on the app origin", () => {
    expect(isTrusted(trusted)).toBe(true);
  });

  it('trusts the same frame through a recreated wrapper (same process/routing ids)', () => {
    expect(isTrusted({ senderFrame: { ...mainFrame } })).toBe(true);
  });

  it('rejects a missing sender frame', () => {
    expect(isTrusted({ senderFrame: null })).toBe(false);
    expect(isTrusted({ senderFrame: undefined })).toBe(false);
  });

  it('rejects a sub-frame or another window', () => {
    expect(isTrusted({ senderFrame: { url: `${APP_ORIGIN}/index.html`, processId: 4, routingId: 2 } })).toBe(false);
    expect(isTrusted({ senderFrame: { url: `${APP_ORIGIN}/index.html` } })).toBe(false);
  });

  it('rejects the main frame once it shows another origin', () => {
    for (const url of ['https://evil.example/', 'planwright://app.evil/index.html', 'file:///etc/passwd', 'about:blank']) {
      const frame = { ...mainFrame, url };
      expect(makeTrustedSenderCheck(() => frame, APP_ORIGIN)({ senderFrame: frame })).toBe(false);
    }
  });

  it('rejects a detached (unloading) frame', () => {
    const frame = { ...mainFrame, detached: true };
    expect(makeTrustedSenderCheck(() => frame, APP_ORIGIN)({ senderFrame: frame })).toBe(false);
  });

  it('rejects everything when there is no window', () => {
    expect(makeTrustedSenderCheck(() => null, APP_ORIGIN)(trusted)).toBe(false);
  });
});

describe('makeIpcInvokeHandler (transport checks)', () => {
  const okDispatch = vi.fn(async (): Promise<ApiResponse> => ({ ok: true, result: 'dispatched' }));
  const handler = makeIpcInvokeHandler({ dispatch: okDispatch, isTrustedSender: isTrusted });

  it('rejects an untrusted sender with FORBIDDEN before looking at the name', async () => {
    okDispatch.mockClear();
    const res = await handler({ senderFrame: { url: 'https://evil.example/' } }, 'jobs/list', {}, LIVE);
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(okDispatch).not.toHaveBeenCalled();
  });

  it('rejects a name outside the contract with UNKNOWN_API', async () => {
    okDispatch.mockClear();
    for (const name of ['jobs/drop-table', '__proto__', 'constructor', '', 42, null, { toString: () => 'jobs/list' }]) {
      const res = await handler(trusted, name, {}, LIVE);
      expect(res).toMatchObject({ ok: false, error: { code: 'UNKNOWN_API' } });
    }
    expect(okDispatch).not.toHaveBeenCalled();
  });

  it('passes a trusted, known call through to dispatch', async () => {
    okDispatch.mockClear();
    expect(await handler(trusted, 'jobs/list', {}, LIVE)).toEqual({ ok: true, result: 'dispatched' });
    expect(okDispatch).toHaveBeenCalledWith('jobs/list', {}, LIVE);
  });

  it('carries the scope (plan in use and actor) beside the input, and refuses a malformed one', async () => {
    okDispatch.mockClear();
    await handler(trusted, 'jobs/list', {}, { scenario: 'Storm cover', actor: 'window:a1' });
    expect(okDispatch).toHaveBeenLastCalledWith('jobs/list', {}, { scenario: 'Storm cover', actor: 'window:a1' });
    await handler(trusted, 'jobs/list', {}, undefined);
    expect(okDispatch).toHaveBeenLastCalledWith('jobs/list', {}, { scenario: null, actor: 'local' });
    okDispatch.mockClear();
    for (const bad of ['Storm cover', { scenario: 42 }, { actor: '' }, { scenario: 'x'.repeat(101) }, { actor: 'a\nb' }, [1]]) {
      expect(await handler(trusted, 'jobs/list', {}, bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(okDispatch).not.toHaveBeenCalled();
  });

  it('turns a throwing dispatch into INTERNAL without leaking the error', async () => {
    const boom = makeIpcInvokeHandler({
      dispatch: async () => {
        throw new Error('secret stack detail');
      },
      isTrustedSender: isTrusted,
    });
    const res = await boom(trusted, 'jobs/list', {}, LIVE);
    expect(res).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(res)).not.toContain('secret');
  });
});

describe('makeIpcInvokeHandler over a real workspace', () => {
  let dir: string;
  let workspace: Workspace;
  let handler: ReturnType<typeof makeIpcInvokeHandler>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-ipc-'));
    // Imported lazily so the transport tests above don't depend on the whole backend loading.
    const { openWorkspace } = await import('../../../electron/backend/workspace');
    workspace = await openWorkspace(path.join(dir, 'workspace.db'), { backup: false });
    handler = makeIpcInvokeHandler({ dispatch: workspace.dispatch, isTrustedSender: isTrusted });
  });

  afterAll(() => {
    workspace?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('rejects wrong-typed input with VALIDATION naming the field', async () => {
    const res = await handler(trusted, 'jobs/get', { ref: 42 }, LIVE);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('VALIDATION');
    expect(res.error.issues?.map((i) => i.path)).toContain('ref');
  });

  it('rejects unexpected extra fields (strict contract)', async () => {
    const res = await handler(trusted, 'jobs/list', { status: ['open'], sql: 'DROP TABLE jobs' }, LIVE);
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers a valid call', async () => {
    const res = await handler(trusted, 'jobs/list', {}, LIVE);
    expect(res).toEqual({ ok: true, result: [] });
  });

  it('still refuses an untrusted sender even with valid input', async () => {
    const res = await handler({ senderFrame: { url: `${APP_ORIGIN}/index.html` } }, 'jobs/list', {}, LIVE);
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
