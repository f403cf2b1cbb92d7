// `npm run bench:board`: the board's speed targets of issue 13 on the demo `npm start` creates
// (24 operatives, 400 jobs, seeded relative to today), through the real host and Debian Chromium:
// first card on screen from a cold browser (a new browser process per run: empty caches) and warm
// (reloads in one tab), with the size of the bundle the first screen loads; and drop-to-stored.
// Prints numbers and the load average; exits 0 whatever they are (a benchmark, not a test).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../../playwright.config';
import { openWorkspace } from '../../../electron/backend/workspace';
import { seedDemoIfEmpty } from '../../../electron/backend/seed/demo';
import { startWeek } from '../../../electron/backend/diary/start-week';
import { measureDrops } from '../diary/browser';
import type { BenchWorkspace } from '../diary/workspace';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TSX = path.resolve('node_modules/.bin/tsx');
const CLI = path.resolve('electron/cli/main.ts');
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(0)} ms`;

if (process.env.PLANWRIGHT_SKIP_BUILD !== '1') execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });

async function demoWorkspace(): Promise<BenchWorkspace> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-bench-board-'));
  const db = path.join(dir, 'workspace.db');
  const t0 = performance.now();
  const ws = await openWorkspace(db);
  seedDemoIfEmpty(ws.store);
  const week = startWeek(ws.store).week_start;
  ws.close();
  const seedMs = performance.now() - t0;
  const child = spawn(TSX, [CLI, 'host', '--db', db], {
    env: { ...process.env, PLANWRIGHT_HOME: path.join(dir, 'home') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Planwright at (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}\n${out}`)));
  });
  const u = new URL(url);
  return {
    dir,
    db,
    url,
    origin: u.origin,
    hash: u.hash,
    seedMs,
    week: `?view=diary&date=${week}&span=week`,
    async close() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Navigation start → the first job card in the timeline is in the document (a MutationObserver sees it). */
const WATCH = `new MutationObserver((_, obs) => {
  if (document.querySelector('.timeline [data-job-ref]')) { window.__firstCard = performance.now(); obs.disconnect(); }
}).observe(document, { subtree: true, childList: true });`;

interface FirstCard {
  firstCard: number;
  scriptKb: number;
}

async function firstCard(browser: Browser, ws: BenchWorkspace, reloads: number): Promise<FirstCard[]> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(WATCH);
  const page = await context.newPage();
  const out: FirstCard[] = [];
  for (let i = 0; i < reloads; i++) {
    await page.goto(ws.url); // as `npm start` opens it: no view, no date
    const t = (await page
      .waitForFunction(() => (window as unknown as { __firstCard?: number }).__firstCard, undefined, { timeout: 30_000 })
      .then((h) => h.jsonValue())) as number;
    const scriptKb = await page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.endsWith('.js'))
          .reduce((s, e) => s + ((e as PerformanceResourceTiming).decodedBodySize || 0), 0) / 1024,
    );
    out.push({ firstCard: t, scriptKb });
  }
  await context.close();
  return out;
}

const launch = () => chromium.launch({ executablePath: process.env.PLANWRIGHT_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const ws = await demoWorkspace();
console.log(`node ${process.version}, ${os.cpus().length} CPU(s); demo workspace seeded in ${ms(ws.seedMs)}; load average ${load()}`);
try {
  const cold: FirstCard[] = [];
  for (let i = 0; i < RUNS; i++) {
    const browser = await launch(); // a new browser process each time: nothing cached
    try {
      cold.push((await firstCard(browser, ws, 1))[0]!);
    } finally {
      await browser.close();
    }
  }
  console.log(
    `first card on screen, cold (new browser each), ${RUNS} runs: ${cold.map((c) => ms(c.firstCard)).join(', ')}; median ${ms(median(cold.map((c) => c.firstCard)))} (target < 1000 ms); load average ${load()}`,
  );
  console.log(`  JavaScript the first screen loaded: ${cold[0]!.scriptKb.toFixed(0)} kB (views other than the diary are separate chunks)`);
  const browser = await launch();
  try {
    const warm = await firstCard(browser, ws, RUNS + 1);
    const w = warm.slice(1).map((c) => c.firstCard);
    console.log(`first card on screen, warm (reloads in one tab), ${w.length} runs: median ${ms(median(w))}; load average ${load()}`);
    const drops = await measureDrops(browser, ws, 12);
    const s = drops.storedMs;
    console.log(
      `drop-to-stored (diary/move-job from the page), ${s.length} drops: median ${s.length ? median(s).toFixed(1) : 'n/a'} ms, max ${s.length ? Math.max(...s).toFixed(1) : 'n/a'} ms (target < 50 ms); load average ${load()}`,
    );
  } finally {
    await browser.close();
  }
} finally {
  await ws.close();
}
