// The store watch: a change by someone else triggers one refresh; this window's own change
// (resync) does not; a failing poll is retried; nothing polls while the page is hidden.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchStore } from '../../../renderer/src/api/store-watch';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function fakeStore() {
  const s = { version: 10, calls: 0, fail: false };
  return Object.assign(s, {
    getVersion: async () => {
      s.calls++;
      if (s.fail) throw new Error('host restarting');
      return s.version;
    },
  });
}

describe('watchStore', () => {
  it('refreshes once per change made elsewhere, and not for this window’s own changes', async () => {
    const store = fakeStore();
    const onExternalChange = vi.fn();
    const w = watchStore({ getVersion: store.getVersion, onExternalChange, intervalMs: 1000 });
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(3000);
    expect(onExternalChange).not.toHaveBeenCalled();

    store.version = 11; // the CLI wrote
    await vi.advanceTimersByTimeAsync(1000);
    expect(onExternalChange).toHaveBeenCalledTimes(1);

    store.version = 12; // this window wrote, and said so
    w.resync();
    await vi.advanceTimersByTimeAsync(3000);
    expect(onExternalChange).toHaveBeenCalledTimes(1);
    w.stop();
  });

  it('keeps polling after a failed read, and pauses while hidden', async () => {
    const store = fakeStore();
    let hidden = false;
    const onExternalChange = vi.fn();
    const w = watchStore({ getVersion: store.getVersion, onExternalChange, intervalMs: 1000, isHidden: () => hidden });
    await vi.advanceTimersByTimeAsync(0);
    store.fail = true;
    await vi.advanceTimersByTimeAsync(2000);
    store.fail = false;
    store.version = 20;
    await vi.advanceTimersByTimeAsync(1000);
    expect(onExternalChange).toHaveBeenCalledTimes(1);

    hidden = true;
    const calls = store.calls;
    await vi.advanceTimersByTimeAsync(5000);
    expect(store.calls).toBe(calls);
    w.stop();
  });
});
