// `npx tsx test/bench/diary/drops-only.ts [drops] [rounds]`: only bench:diary's drop-to-stored
// (same measureDrops, same workspace), several rounds on one workspace, with the load average
// beside each round: for comparing changes to the drop path on a shared machine.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../../playwright.config';
import { measureDrops } from './browser';
import { openBenchWorkspace } from './workspace';

const drops = Number(process.argv[2] ?? 12);
const rounds = Number(process.argv[3] ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;
const f = (x: number) => x.toFixed(1);
if (process.env.PLANWRIGHT_SKIP_BUILD !== '1') execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
const ws = await openBenchWorkspace();
const browser = await chromium.launch({ executablePath: process.env.PLANWRIGHT_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (let r = 0; r < rounds; r++) {
    const load = os.loadavg()[0]!.toFixed(1);
    const d = await measureDrops(browser, ws, drops);
    const warm = d.storedMs.slice(1);
    console.log(
      `round ${r}: load ${load}→${os.loadavg()[0]!.toFixed(1)}  warm median ${f(median(warm))} p95 ${f(p95(warm))}  cold ${f(d.storedMs[0] ?? NaN)}  ` +
        `send/answer/paint ${f(median(d.sendMs))}/${f(median(d.answerMs))}/${f(median(d.paintMs))}  http ${f(median(d.httpMs))}  all ${d.storedMs.map(Math.round).join(',')}`,
    );
  }
} finally {
  await browser.close();
  await ws.close();
}
