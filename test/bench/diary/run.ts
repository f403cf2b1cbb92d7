// `npm run bench:diary`: the diary board's performance targets on a seeded workspace
// (200 operatives, 5,000 jobs, 10 days, 80% scheduled), through the real host and Debian Chromium.
// Prints numbers; exits 0 whatever they are (a benchmark, not a test).
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../../playwright.config';
import { measureDragFps, measureDrops, measureFirstPaint } from './browser';
import { runRulesBatch } from './rules';
import { openBenchWorkspace, SEED_ARGS } from './workspace';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;
const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

if (process.env.PLANWRIGHT_SKIP_BUILD !== '1') {
  console.log('building the renderer (vite build)…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
}
console.log(
  `node ${process.version}, ${os.cpus().length} CPU(s), ${os.cpus()[0]?.model ?? '?'}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; seeding: planwright seed ${SEED_ARGS.join(' ')}`,
);

const rules = runRulesBatch(5);
const ws = await openBenchWorkspace();
const browser = await chromium.launch({ executablePath: process.env.PLANWRIGHT_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const paints = await measureFirstPaint(browser, ws, 6);
  const drag = await measureDragFps(browser, ws, 3000);
  const drops = await measureDrops(browser, ws, 12);

  const cold = paints[0]!;
  const warm = paints.slice(1);
  const warmPaint = median(warm.map((p) => p.painted));
  const server = median(warm.map((p) => p.boardResponse - p.boardRequest));
  // The first drop after the page loaded runs code not yet compiled (cold); the rest are warm.
  const stored = drops.storedMs.slice(1);
  const coldDrop = drops.storedMs[0] ?? NaN;
  const rows: [string, string, string, boolean][] = [
    ['first paint, week view (page loads in one tab, median of 5)', ms(warmPaint), '< 500 ms', warmPaint < 500],
    ['first paint, week view (cold: new browser, first load)', ms(cold.painted), '(info)', true],
    ['  of which diary/get-board request → response (warm median)', ms(server), '(info)', true],
    ['  of which navigation → board request sent (warm median)', ms(median(warm.map((p) => p.boardRequest))), '(info)', true],
    [
      '  of which response → rows painted: parse, model, render (warm median)',
      ms(median(warm.map((p) => p.painted - p.boardResponse))),
      '(info)',
      true,
    ],
    ['  of which building world + PlanIndex (warm median)', ms(median(warm.map((p) => p.modelMs))), '(info)', true],
    [`drag over rows, live validity (${drag.seconds.toFixed(1)} s, rAF count)`, `${drag.fps.toFixed(1)} fps`, '≥ 55 fps', drag.fps >= 55],
    ['  frame time p95 / worst', `${ms(drag.p95FrameMs)} / ${ms(drag.worstFrameMs)}`, '(info)', true],
    ['  idle baseline, same page, no drag (what the machine allows)', `${drag.idleFps.toFixed(1)} fps`, '(info)', true],
    [
      '  pointer moves / row hover changes / cells with data-drop',
      `${drag.pointerMoves} / ${drag.hoverChanges} / ${drag.cellsWithState}`,
      '(info)',
      true,
    ],
    [
      `drop-to-stored: release → stored, acknowledged and painted (warm, median of ${stored.length})`,
      ms(median(stored)),
      '< 50 ms',
      median(stored) < 50,
    ],
    ['  drop-to-stored p95 / max', `${ms(p95(stored))} / ${ms(Math.max(...stored))}`, '(info)', true],
    ['  drop-to-stored, cold: the first drop after the page loaded', ms(coldDrop), '(info)', true],
    [
      '  of which release → sent / sent → answer in hand / answer → painted (medians)',
      `${ms(median(drops.sendMs))} / ${ms(median(drops.answerMs))} / ${ms(median(drops.paintMs))}`,
      '(info)',
      true,
    ],
    ['  of which HTTP request → response, resource timing (median)', ms(median(drops.httpMs)), '(info)', true],
    [
      `rules: evaluateAllForDay ${rules.cells.toLocaleString('en-GB')} cells (median of 5)`,
      ms(median(rules.coldMs)),
      '< 100 ms',
      median(rules.coldMs) < 100,
    ],
    ['  same with the PlanIndex prebuilt (median of 5)', ms(median(rules.warmMs)), '(info)', true],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const w2 = Math.max(...rows.map((r) => r[2].length));
  console.log(`\n${'metric'.padEnd(w0)}  ${'result'.padStart(w1)}  ${'target'.padEnd(w2)}  ok`);
  console.log(`${'-'.repeat(w0)}  ${'-'.repeat(w1)}  ${'-'.repeat(w2)}  --`);
  for (const [m, r, t, ok] of rows)
    console.log(`${m.padEnd(w0)}  ${r.padStart(w1)}  ${t.padEnd(w2)}  ${t === '(info)' ? '' : ok ? 'yes' : 'NO'}`);
  console.log(`\nall first-paint loads (ms): ${paints.map((p) => Math.round(p.painted)).join(', ')}; seed took ${ms(ws.seedMs)}`);
  const loads = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`all drops in order, the first cold (ms): ${drops.storedMs.map((x) => Math.round(x)).join(', ')}; load average now ${loads}`);
} finally {
  await browser.close();
  await ws.close();
}
