// `deviations --db F --from D --to D [--json]`: the deviation log — each entry with ref, kind,
// planned, actual, decided_by, reason, within_policy (true/false) and review.
import { isoDateSchema } from '../../../shared/domain/schemas';
import { callByName, withDb } from '../front-door';
import { parseFlags, required } from '../args';
import { CliError } from '../cli-error';

export const DEVIATIONS_HELP =
  'deviations --db F --from YYYY-MM-DD --to YYYY-MM-DD [--json]   the deviation log: what differed from the version in force, who decided, within policy or not';

const where = (p: { operative_id: string; date: string; time: string | null } | null) =>
  p ? `${p.operative_id} ${p.date}${p.time ? ` ${p.time}` : ''}` : '—';

export async function deviationsCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseFlags(
    argv,
    { db: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
    'deviations',
  );
  const db = required(values.db, 'db', 'deviations');
  const from = required(values.from, 'from', 'deviations');
  const to = required(values.to, 'to', 'deviations');
  for (const [flag, d] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (!isoDateSchema.safeParse(d).success) throw new CliError(`deviations: --${flag} must be a real date YYYY-MM-DD (got "${d}")`);
  await withDb(db, async (ws) => {
    const list = await callByName(ws, 'deviations', 'deviations/list', { from, to });
    if (values.json) {
      out(
        JSON.stringify(
          list.map((d) => ({
            key: d.key,
            ref: d.ref,
            kind: d.kind,
            date: d.date,
            planned: d.planned,
            actual: d.actual,
            decided_by: d.decided_by,
            reason: d.reason,
            reason_category: d.reason_category,
            within_policy: d.within_policy,
            silent_override: d.silent_override,
            review: d.review,
          })),
        ),
      );
      return;
    }
    if (list.length === 0) return out(`No deviations between ${from} and ${to}`);
    for (const d of list)
      out(
        `${d.date} ${d.ref} ${d.kind}: planned ${where(d.planned)}, actual ${where(d.actual)}; by ${d.decided_by}: ${d.reason} — ${d.within_policy ? 'within policy' : 'OUTSIDE POLICY'}${d.silent_override ? ' (silent override)' : ''}; review ${d.review}`,
      );
  });
}
