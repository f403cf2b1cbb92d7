// Learns of changes made elsewhere — another app window, a second Planwright on the same file,
// the CLI — by polling the store's version (workspace/get-version) about once a second, so
// the UI refreshes within 2 s. This window's own changes re-read the version at once
// (`resync`), so they do not cause a second refresh. Polling pauses while the page is hidden.

export const WATCH_INTERVAL_MS = 900;

export interface StoreWatch {
  /** Call when this window changed the store itself: adopt the new version without a refresh. */
  resync(): void;
  stop(): void;
}

export function watchStore(opts: {
  getVersion: () => Promise<number>;
  onExternalChange: () => void;
  intervalMs?: number;
  isHidden?: () => boolean;
}): StoreWatch {
  const interval = opts.intervalMs ?? WATCH_INTERVAL_MS;
  let known: number | null = null;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Bumped by resync: an answer to a poll sent before our own change must not count as external.
  let epoch = 0;

  const read = async (): Promise<number | null> => {
    try {
      return await opts.getVersion();
    } catch {
      return null; // host restarting, window closing: try again next tick
    }
  };

  const tick = async () => {
    if (stopped) return;
    if (!opts.isHidden?.()) {
      const asked = epoch;
      const v = await read();
      if (!stopped && v !== null && asked === epoch) {
        if (known !== null && v !== known) opts.onExternalChange();
        known = v;
      }
    }
    if (!stopped) timer = setTimeout(() => void tick(), interval);
  };
  void tick();

  return {
    resync() {
      const asked = ++epoch;
      void read().then((v) => {
        if (v !== null && asked === epoch) known = v;
      });
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
