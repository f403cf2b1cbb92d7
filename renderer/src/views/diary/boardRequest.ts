// Loading the board. The first request is started as soon as this module is evaluated when the
// address already asks for the diary of the live plan, so the backend works while the app boots;
// the board's first load takes that promise instead of asking again (only if the UI is still on
// the live plan by then: a what-if scenario gets its own request).
import { api, getActiveScenario } from '../../api/client';
import { readUrl } from '../../app/url';
import type { BoardData } from './boardModel';
import { rangeFor } from './range';

let early: { from: string; to: string; at: number; promise: Promise<BoardData> } | null = null;

function prefetch(): void {
  try {
    const url = readUrl();
    if (url.view !== 'diary') return;
    if (url.scenario || sessionStorage.getItem('planwright.scenario') || getActiveScenario()) return;
    const { from, to } = rangeFor(url.span, url.date, url.to);
    const promise = api('diary/get-board', { from, to });
    promise.catch(() => {}); // the board reports errors when it asks
    early = { from, to, at: performance.now(), promise };
  } catch {
    early = null;
  }
}

if (typeof window !== 'undefined') prefetch();

/** The board for a range: the early request if it matches and is fresh, else a new call. */
export function loadBoard(from: string, to: string): Promise<BoardData> {
  const e = early;
  early = null;
  const fresh = e && e.from === from && e.to === to && performance.now() - e.at < 10_000 && getActiveScenario() === null;
  const p = fresh ? e.promise : api('diary/get-board', { from, to });
  return p.then((data) => {
    performance.mark('board-data');
    return data;
  });
}
