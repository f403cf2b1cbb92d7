// `npx tsx test/bench/diary/profile-drop.ts [drops]`: where drop-to-stored's milliseconds go. Runs
// the benchmark's drops under a Chromium performance trace and, for each drop, sums the page's
// main-thread work inside its 'diary-move-stored' measure by kind (script, style, layout, paint)
// and the busiest functions (sampled). Writes the trace to .tmp/drop-trace.json for DevTools.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../../playwright.config';
import { measureDrops } from './browser';
import { openBenchWorkspace } from './workspace';
import { summariseTrace } from './trace-summary';

const drops = Number(process.argv[2] ?? 8);
if (process.env.PLANWRIGHT_SKIP_BUILD !== '1')
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', ...(process.env.PROFILE_MINIFY === '1' ? [] : ['--minify', 'false'])], {
    stdio: 'inherit',
  });
const ws = await openBenchWorkspace();
const browser = await chromium.launch({ executablePath: process.env.PLANWRIGHT_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const out = '.tmp/drop-trace.json';
try {
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'];
  if (process.env.PROFILE_JS !== '0') categories.push('disabled-by-default-v8.cpu_profiler');
  const r = await measureDrops(browser, ws, drops, {
    before: (page) => browser.startTracing(page, { categories }),
    after: async () => {
      fs.mkdirSync('.tmp', { recursive: true });
      fs.writeFileSync(out, await browser.stopTracing());
    },
  });
  console.log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(`stored (ms): ${r.storedMs.map(Math.round).join(', ')}`);
  console.log(
    `send/answer/paint: ${r.storedMs.map((_, i) => `${r.sendMs[i]!.toFixed(0)}/${r.answerMs[i]!.toFixed(0)}/${r.paintMs[i]!.toFixed(0)}`).join(' ')}`,
  );
  console.log(summariseTrace(JSON.parse(fs.readFileSync(out, 'utf8')) as { traceEvents: TraceEvent[] }));
} finally {
  await browser.close();
  await ws.close();
}

interface TraceEvent {
  name: string;
}
