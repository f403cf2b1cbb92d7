// `seed`: writes generated demo data into a new workspace. Not a contract call: it creates the
// workspace's whole content at once (there is no API to seed one), so it uses the seed service.
import { generateSeed } from '../../../shared/seed/generate';
import { isoDateSchema } from '../../../shared/domain/schemas';
import { writeSeed } from '../../backend/seed/write-seed';
import { CliError } from '../cli-error';
import { flagTable, intFlag, numberFlag, parseFlags, required } from '../args';
import { seedNumber } from '../front-door';
import { openForCli } from '../open-workspace';

export const SEED_HELP =
  'seed --db F [--operatives N] [--jobs N] [--days N] [--start YYYY-MM-DD] [--scheduled 0..1] [--seed S]   realistic demo data (deterministic per seed)';

export const DEFAULT_SEED_START = '2027-01-04';

export async function seedCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseFlags(argv, flagTable(['db', 'operatives', 'jobs', 'days', 'start', 'scheduled', 'seed']), 'seed');
  const db = required(values.db, 'db', 'seed');
  const start = typeof values.start === 'string' ? values.start : DEFAULT_SEED_START;
  if (!isoDateSchema.safeParse(start).success) throw new CliError(`seed: --start must be a date YYYY-MM-DD (got "${start}")`);
  const opts = {
    operatives: intFlag(values.operatives, 'operatives', 20, 1, 5000),
    jobs: intFlag(values.jobs, 'jobs', 300, 0, 200_000),
    days: intFlag(values.days, 'days', 10, 1, 365),
    start,
    scheduled: numberFlag(values.scheduled, 'scheduled', 0.6, 0, 1),
    seed: seedNumber(values.seed),
  };
  const t0 = performance.now();
  const data = generateSeed(opts);
  const ws = await openForCli(db);
  try {
    writeSeed(ws.store, data, `Seed ${data.operatives.length} operatives, ${data.jobs.length} jobs`);
  } catch (e) {
    throw new CliError(`seed: ${(e as Error).message}`);
  } finally {
    ws.close();
  }
  const ms = Math.round(performance.now() - t0);
  out(
    `Seeded ${db}: ${data.operatives.length} operatives, ${data.jobs.length} jobs (${data.diary.length} placed), ${data.absences.length} absences, ${data.flags.length} flags, from ${start} over ${opts.days} days, seed ${opts.seed} (${ms} ms)`,
  );
}
