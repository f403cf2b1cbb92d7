// Names what failed, for the last lines of `npm test`: CI keeps only the tail of a long log, and a
// red run must say which test broke and why without the rest of the output.

const MAX_LINES = 20;

function firstLine(text) {
  const line = String(text ?? '')
    .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '') // colour codes from the reporters
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  return (line ?? '(no message)').slice(0, 300);
}

function shortPath(file) {
  const i = String(file).indexOf('/test/');
  return i >= 0 ? String(file).slice(i + 1) : String(file);
}

/** Failed tests (and files that failed outside any test: a hook, an import) from Vitest's JSON report. */
export function vitestFailures(report) {
  const out = [];
  for (const file of report?.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failedTests) {
      const name = [...(a.ancestorTitles ?? []), a.title].join(' > ');
      out.push(`unit: ${shortPath(file.name)} > ${name}: ${firstLine(a.failureMessages?.[0])}`);
    }
    const unrun = file.status === 'failed' ? notRun(file) : 0;
    if (unrun > 0)
      out.push(
        `unit: ${shortPath(file.name)}: ${unrun} test(s) did not run: a hook or the file itself failed${file.message ? `: ${firstLine(file.message)}` : ' (its output is above)'}`,
      );
    else if (file.status === 'failed' && failedTests.length === 0) out.push(`unit: ${shortPath(file.name)}: ${firstLine(file.message)}`);
  }
  return out;
}

function notRun(file) {
  return (file.assertionResults ?? []).filter((a) => a.status === 'skipped' || a.status === 'pending').length;
}

/** Tests that did not run because their file failed around them (a beforeAll threw or timed out): Vitest reports them as skipped, not failed. */
export function vitestNotRun(report) {
  return (report?.testResults ?? []).filter((f) => f.status === 'failed').reduce((n, f) => n + notRun(f), 0);
}

/** Tests with an unexpected outcome from Playwright's JSON report. */
export function playwrightFailures(report) {
  const out = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'unexpected') continue;
        const last = t.results?.[t.results.length - 1];
        out.push(
          `ui${t.projectName ? ` [${t.projectName}]` : ''}: ${spec.file}:${spec.line} ${spec.title}: ${firstLine(last?.error?.message ?? last?.status)}`,
        );
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report?.suites ?? []) walk(suite);
  for (const e of report?.errors ?? []) out.push(`ui: ${firstLine(e.message)}`);
  return out;
}

/** The recap lines: at most MAX_LINES, then how many more. */
export function recapLines(failures) {
  if (failures.length === 0) return [];
  const shown = failures.slice(0, MAX_LINES).map((f) => `  ✗ ${f}`);
  const more = failures.length - shown.length;
  return ['Failed:', ...shown, ...(more > 0 ? [`  … and ${more} more`] : [])];
}
