// `npm test`: typecheck, lint, unit/backend tests (vitest) and UI tests (Playwright in Debian
// Chromium through the real host); then one plain line `N passed, N failed`.
import { spawn, spawnSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import { playwrightFailures, recapLines, vitestFailures, vitestNotRun } from './failure-recap.mjs';

fs.mkdirSync('.tmp', { recursive: true });
let passed = 0;
let failed = 0;
const failures = []; // named again just above the summary line

function step(title, cmd, args) {
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  console.log(`=== ${title}: exit ${r.status} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Runs a command with its output held back, so checks run side by side print one after another. */
function quietStep(title, cmd, args) {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('close', (code) => {
      console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
      process.stdout.write(Buffer.concat(out));
      console.log(`=== ${title}: exit ${code} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      resolve(code === 0);
    });
  });
}

// Typecheck, lint and format count as one check each: the layering rule lives in lint. They only
// read the code, so they run side by side (about 120 s one after another on 2 cores).
const checks = [
  ['typecheck', ['run', '-s', 'typecheck']],
  ['lint', ['run', '-s', 'lint']],
  ['format (prettier --check)', ['run', '-s', 'format:check']],
];
const checkResults = await Promise.all(checks.map(([title, args]) => quietStep(title, 'npm', args)));
for (const [i, ok] of checkResults.entries()) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(`${checks[i][0]}: failed (its output is above)`);
  }
}

fs.rmSync('.tmp/vitest.json', { force: true });
const unitOk = step('unit + backend (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.tmp/vitest.json',
]);
const v = readJson('.tmp/vitest.json');
if (v) {
  passed += v.numPassedTests;
  const notRun = vitestNotRun(v);
  failed += v.numFailedTests + notRun + (v.numRuntimeErrors ?? 0);
  const named = vitestFailures(v);
  failures.push(...named);
  if (!unitOk && v.numFailedTests + notRun === 0) {
    failed++; // a suite that failed to load still fails the run
    if (named.length === 0) failures.push('unit: vitest exited non-zero with no failed test (an unhandled error? its output is above)');
  }
} else {
  failed++;
  failures.push('unit: vitest wrote no report (it crashed? its output is above)');
}

fs.rmSync('.tmp/playwright.json', { force: true });
const e2eOk = step('UI (Playwright, Chromium)', 'npx', ['playwright', 'test']);
const p = readJson('.tmp/playwright.json');
if (p?.stats) {
  passed += p.stats.expected + (p.stats.flaky ?? 0);
  failed += p.stats.unexpected;
  const named = playwrightFailures(p);
  failures.push(...named);
  if (!e2eOk && p.stats.unexpected === 0) {
    failed++;
    if (named.length === 0) failures.push('ui: playwright exited non-zero with no failed test (its output is above)');
  }
} else {
  failed++;
  failures.push('ui: playwright wrote no report (it crashed? its output is above)');
}

for (const line of recapLines(failures)) console.log(line);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
