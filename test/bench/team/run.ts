// `npm run bench:team`: the team server on a throw-away PostgreSQL cluster, on loopback. Prints
// push + pull latency (one command from one workstation until another has it), a sync that must
// rebase (a change of one's own pending when another's arrives), commands per
// second through one server (a 1,000-command push), and the time a new workstation takes to
// join a 5,000-job plan (cold: the first join in this process; warm: the median of the next).
// A benchmark, never a test: exits 0 whatever the numbers.
import os from 'node:os';
import { formatJobsCsv, formatOperativesCsv } from '../../../shared/csv';
import { generateSeed } from '../../../shared/seed';
import { startPgCluster } from '../../unit/backend/team/pg-cluster';
import { inProcessServer, invite, join, sync, workstation } from '../../unit/backend/team/team-harness';

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;
const ms = (t0: number) => performance.now() - t0;

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${os.cpus().length} CPU(s), load average ${load()}`);
  const cluster = await startPgCluster();
  try {
    const server = await inProcessServer(await cluster.newDatabase('bench'));
    const a = await workstation('a');
    const b = await workstation('b');
    await join(a, server.url, await invite(server.url, server.adminToken!, 'Sam Ellis'));
    const seed = generateSeed({ operatives: 200, jobs: 5000, days: 10, start: '2027-01-04', scheduled: 0, seed: 7 });
    let t0 = performance.now();
    const imported = await a.dispatch('import/run-csv', {
      operatives: formatOperativesCsv(seed.operatives),
      jobs: formatJobsCsv(seed.jobs),
    });
    if (!imported.ok) throw new Error(imported.error.message);
    const importMs = ms(t0);
    t0 = performance.now();
    await sync(a);
    console.log(`5,000-job import: ${importMs.toFixed(0)} ms locally, push ${ms(t0).toFixed(0)} ms (load ${load()})`);
    await join(b, server.url, await invite(server.url, server.adminToken!, 'Jo Marsh'));

    const refs = seed.jobs.slice(0, 200).map((j) => j.ref);
    const latency: number[] = [];
    for (let i = 0; i < 30; i++) {
      const r = await a.dispatch('jobs/update-scores', { ref: refs[i]!, impact: 1 + (i % 5) });
      if (!r.ok) throw new Error(r.error.message);
      t0 = performance.now();
      await sync(a);
      await sync(b);
      latency.push(ms(t0));
    }
    console.log(
      `push + pull latency (1 command, A→server→B), 30 runs: cold ${latency[0]!.toFixed(1)} ms, median ${median(latency.slice(1)).toFixed(1)} ms, p95 ${p95(latency.slice(1)).toFixed(1)} ms (load ${load()})`,
    );

    // B has a change of its own waiting when A's arrives: B's sync rebases (the confirmed state
    // copied into the live file, B's change re-applied), rather than replaying A's on its file.
    const rebase: number[] = [];
    for (let i = 0; i < 15; i++) {
      const r = await a.dispatch('jobs/update-scores', { ref: refs[i]!, impact: 1 + ((i + 2) % 5) });
      if (!r.ok) throw new Error(r.error.message);
      await sync(a);
      const own = await b.dispatch('jobs/update-scores', { ref: refs[100 + i]!, effort: 1 + (i % 5) });
      if (!own.ok) throw new Error(own.error.message);
      t0 = performance.now();
      await sync(b);
      rebase.push(ms(t0));
    }
    console.log(
      `sync with a change of one's own pending when another's arrives (push 1, pull 2, rebase), 15 runs: cold ${rebase[0]!.toFixed(1)} ms, median ${median(rebase.slice(1)).toFixed(1)} ms, p95 ${p95(rebase.slice(1)).toFixed(1)} ms (load ${load()})`,
    );

    for (let i = 0; i < 1000; i++) await a.dispatch('jobs/update-scores', { ref: refs[i % refs.length]!, effort: 1 + (i % 5) });
    t0 = performance.now();
    await sync(a);
    const pushMs = ms(t0);
    console.log(
      `1,000 commands through one server (push, judged and logged): ${pushMs.toFixed(0)} ms = ${(1000 / (pushMs / 1000)).toFixed(0)} commands/s (load ${load()})`,
    );

    const joins: number[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await workstation(`c${i}`);
      const token = await invite(server.url, server.adminToken!, `Newcomer ${i}`);
      t0 = performance.now();
      await join(c, server.url, token);
      joins.push(ms(t0));
      c.close();
    }
    console.log(
      `new workstation joins the 5,000-job plan (${1 + 30 + 1000} commands in the log): cold ${joins[0]!.toFixed(0)} ms, warm median ${median(joins.slice(1)).toFixed(0)} ms (load ${load()})`,
    );
    a.close();
    b.close();
    await server.close();
  } finally {
    await cluster.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
