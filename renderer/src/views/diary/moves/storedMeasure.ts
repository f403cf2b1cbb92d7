// Drop-to-stored as `npm run bench:diary` reads it (issue 13: < 50 ms): from the release of the
// card (the pointerup's or key's own event time, so time the event waited for a busy page counts)
// to the first frame painted after the stored move is acknowledged on screen (the card no longer
// pending, the success toast). Recorded as the performance measure 'diary-move-stored', its
// detail splitting it into drop handling, the round trip and drawing the acknowledgement.

export const STORED_MEASURE = 'diary-move-stored';

export interface StoredDetail {
  /** Release → the request was sent (hit test, the drop's rule check, the optimistic move). */
  sendMs: number;
  /** Sent → the stored answer was in hand (host, transport, and any wait for the page's thread). */
  answerMs: number;
  /** Answer → the acknowledgement painted. */
  paintMs: number;
}

/** Runs `fn` once the frame with what has just been committed is on screen (or soon, in a hidden window: no frames). */
export function afterNextPaint(fn: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    fn();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 500);
}

/** Records one drop-to-stored measure after the acknowledgement (already committed) is painted. */
export function measureStored(releasedAt: number, sentAt: number, answeredAt: number, then?: () => void): void {
  afterNextPaint(() => {
    const end = performance.now();
    const detail: StoredDetail = { sendMs: sentAt - releasedAt, answerMs: answeredAt - sentAt, paintMs: end - answeredAt };
    performance.measure(STORED_MEASURE, { start: releasedAt, end, detail });
    then?.();
  });
}
