// In-browser measurements on the real board (Debian Chromium, production bundle, real host):
// first paint of the week view, frames per second while dragging over rows, and drop-to-stored.
import type { Browser, Page } from '@playwright/test';
import type { BenchWorkspace } from './workspace';

const WEEK = '?view=diary&date=2027-01-05&span=week';

export interface PaintSample {
  painted: number;
  boardRequest: number;
  boardResponse: number;
  modelMs: number;
}

async function openWeek(page: Page, ws: BenchWorkspace, n: number): Promise<PaintSample> {
  // Retried: on a shared machine the served bundle can be mid-rebuild for a moment.
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${ws.origin}/${ws.week ?? WEEK}&run=${n}${attempt > 1 ? `-${attempt}` : ''}${ws.hash}`);
    const ok = await page
      .waitForFunction(() => performance.getEntriesByName('board-painted').length > 0, undefined, { timeout: 30_000 })
      .then(() => true)
      .catch(() => false);
    if (ok) break;
    if (attempt === 3) throw new Error('the board did not paint in 30 s (3 tries)');
  }
  return page.evaluate(() => {
    const board = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/diary/get-board')) as
      PerformanceResourceTiming | undefined;
    return {
      painted: performance.getEntriesByName('board-painted')[0]!.startTime,
      boardRequest: board?.startTime ?? NaN,
      boardResponse: board?.responseEnd ?? NaN,
      modelMs: performance.getEntriesByName('board-model')[0]?.duration ?? NaN,
    };
  });
}

/**
 * Navigation start → board rows painted. The first load is a cold start (new browser, cold host);
 * the rest are fresh navigations in the same tab (each a full page load, with the browser's caches).
 */
export async function measureFirstPaint(browser: Browser, ws: BenchWorkspace, runs: number): Promise<PaintSample[]> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const out: PaintSample[] = [];
  for (let i = 0; i < runs; i++) out.push(await openWeek(page, ws, i));
  await context.close();
  return out;
}

export interface DragSample {
  /** rAF rate with the board idle, same page, just before the drag: what the machine allows. */
  idleFps: number;
  seconds: number;
  frames: number;
  fps: number;
  p95FrameMs: number;
  worstFrameMs: number;
  pointerMoves: number;
  hoverChanges: number;
  cellsWithState: number;
}

async function boxOf(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
}

/** Drags a tray card over the timeline for `ms`, sweeping up and down across rows and days, counting frames. */
export async function measureDragFps(browser: Browser, ws: BenchWorkspace, ms = 3000): Promise<DragSample> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await openWeek(page, ws, 100);
  const idleFps: number = await page.evaluate(`new Promise((done) => {
    const frames = [];
    requestAnimationFrame(function loop(t) {
      frames.push(t);
      if (t - frames[0] < 1000) requestAnimationFrame(loop);
      else done((frames.length - 1) / ((t - frames[0]) / 1000));
    });
  })`);
  const card = await boxOf(page, '[aria-label="Unscheduled"] [data-job-ref]');
  const tl = await boxOf(page, '.timeline');
  const dates = await page
    .locator('.tl-date')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, w: r.width })));
  await page.mouse.move(card.x + card.width / 2, card.y + card.height / 2);
  await page.mouse.down();
  await page.mouse.move(card.x + card.width / 2 + 6, card.y + card.height / 2 + 3, { steps: 3 });
  const top = tl.y + 42 + 60;
  const bottom = tl.y + tl.height - 60;
  await page.mouse.move(dates[1]!.x + dates[1]!.w / 2, top, { steps: 20 });
  await page.waitForSelector('.timeline [data-drop]');
  // A string, not a function: tsx's name helpers do not exist in the page.
  await page.evaluate(`(() => {
    const b = (window.__bench = { frames: [], run: true, hover: 0 });
    requestAnimationFrame(function loop(t) {
      b.frames.push(t);
      if (b.run) requestAnimationFrame(loop);
    });
    new MutationObserver((records) => (b.hover += records.length)).observe(document.querySelector('.tl-body'), {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-hover'],
    });
  })()`);
  const t0 = Date.now();
  let moves = 0;
  let sweep = 0;
  while (Date.now() - t0 < ms) {
    const d = dates[sweep % Math.min(5, dates.length)]!;
    const x = d.x + d.w / 2;
    const down = sweep % 2 === 0;
    for (let i = 0; i <= 40 && Date.now() - t0 < ms; i++) {
      const f = i / 40;
      await page.mouse.move(x + (i % 4), down ? top + (bottom - top) * f : bottom - (bottom - top) * f);
      moves++;
    }
    sweep++;
  }
  const stats = await page.evaluate(() => {
    const w = window as unknown as { __bench: { frames: number[]; run: boolean; hover: number } };
    w.__bench.run = false;
    const f = w.__bench.frames;
    const gaps = f
      .slice(1)
      .map((t, i) => t - f[i]!)
      .sort((a, b) => a - b);
    return {
      frames: f.length,
      span: f[f.length - 1]! - f[0]!,
      p95: gaps[Math.floor(gaps.length * 0.95)] ?? 0,
      worst: gaps[gaps.length - 1] ?? 0,
      hover: w.__bench.hover,
      cells: document.querySelectorAll('.timeline [data-date][data-drop]').length,
    };
  });
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await context.close();
  const seconds = stats.span / 1000;
  return {
    idleFps,
    seconds,
    frames: stats.frames,
    fps: (stats.frames - 1) / seconds,
    p95FrameMs: stats.p95,
    worstFrameMs: stats.worst,
    pointerMoves: moves,
    hoverChanges: stats.hover,
    cellsWithState: stats.cells,
  };
}

export interface DropSample {
  /**
   * Drop-to-stored measured in the page: the card's release (its pointerup's event time) → the
   * first frame painted after the stored move is acknowledged on screen ('diary-move-stored',
   * renderer/src/views/diary/moves/storedMeasure.ts).
   */
  storedMs: number[];
  /** The same split: release → request sent, sent → answer in hand, answer → acknowledgement painted. */
  sendMs: number[];
  answerMs: number[];
  paintMs: number[];
  /** The same calls' HTTP request → response end as the browser's resource timing saw it (host + transport). */
  httpMs: number[];
  attempts: number;
}

/** Called around the drops (profile-drop.ts records a Chromium trace with them); they do not change what is measured. */
export interface DropHooks {
  before?(page: Page): Promise<void>;
  after?(page: Page): Promise<void>;
}

/** Drops tray cards on an ok (or warned) visible cell and reads the page's 'diary-move-stored' measures. */
export async function measureDrops(browser: Browser, ws: BenchWorkspace, drops: number, hooks: DropHooks = {}): Promise<DropSample> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await openWeek(page, ws, 200);
  await hooks.before?.(page);
  await page.evaluate(() => performance.setResourceTimingBufferSize(100_000));
  const tl = await boxOf(page, '.timeline');
  let attempts = 0;
  let done = 0;
  while (done < drops && attempts < drops * 4) {
    attempts++;
    const cards = page.locator('[aria-label="Unscheduled"] [data-job-ref]');
    const pick = cards.nth(attempts % 5);
    // Show only operatives with the card's trade, so some visible day is likely to take it.
    const trade = ((await pick.getAttribute('aria-label')) ?? '').split(', ')[1]?.split(' ')[0] ?? '';
    await page.getByRole('searchbox', { name: 'Filter operatives' }).fill(trade);
    const card = await pick.boundingBox();
    if (!card) break;
    await page.mouse.move(card.x + card.width / 2, card.y + card.height / 2);
    await page.mouse.down();
    await page.mouse.move(card.x + card.width / 2 + 6, card.y + card.height / 2 + 3, { steps: 3 });
    await page.mouse.move(tl.x + 400, tl.y + 150, { steps: 10 });
    let spot: { x: number; y: number } | null = null;
    for (let pageNo = 0; pageNo < 12 && !spot; pageNo++) {
      // A day that takes the job (ok, else warned): scroll its row into view, or page down and look again.
      spot = await page.evaluate(`(() => {
        const scroller = document.querySelector('.timeline');
        const view = scroller.getBoundingClientRect();
        for (const status of ['ok', 'warn']) {
          for (const el of document.querySelectorAll('.timeline [data-date][data-drop="' + status + '"]')) {
            let r = el.getBoundingClientRect();
            if (r.left < view.left + 240 || r.right > view.right - 10) continue;
            scroller.scrollTop += r.bottom - view.top - Math.min(view.height - 80, r.height + 60);
            r = el.getBoundingClientRect();
            return { x: r.x + r.width / 2, y: r.bottom - 24 };
          }
        }
        scroller.scrollTop += scroller.clientHeight * 0.8;
        return null;
      })()`);
      await page.waitForTimeout(60);
    }
    if (!spot) {
      await page.keyboard.press('Escape');
      await page.mouse.up();
      continue;
    }
    const before = await page.evaluate(() => performance.getEntriesByName('diary-move-stored').length);
    await page.mouse.move(spot.x, spot.y, { steps: 8 });
    await page.mouse.up();
    const stored = await page
      .waitForFunction((n) => performance.getEntriesByName('diary-move-stored').length > n, before, { timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    if (process.env.BENCH_DEBUG) console.log(attempts, stored, await page.getByRole('status').textContent());
    if (stored) done++;
    // Wait until nothing is saving, and the board has settled, before the next drag.
    await page.waitForFunction(() => !document.querySelector('.job-card[data-pending]'), undefined, { timeout: 10_000 });
  }
  await hooks.after?.(page);
  const measures = await page.evaluate(() =>
    performance.getEntriesByName('diary-move-stored').map((e) => ({
      ms: e.duration,
      ...((e as PerformanceMeasure).detail as { sendMs: number; answerMs: number; paintMs: number }),
    })),
  );
  const httpMs = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/api/diary/move-job'))
      .map((e) => (e as PerformanceResourceTiming).responseEnd - e.startTime),
  );
  await context.close();
  return {
    storedMs: measures.map((m) => m.ms),
    sendMs: measures.map((m) => m.sendMs),
    answerMs: measures.map((m) => m.answerMs),
    paintMs: measures.map((m) => m.paintMs),
    httpMs,
    attempts,
  };
}
