// `suggest --db F --job REF [--date D] [--json]`: who can take a job, best first, and who cannot
// and why — the app's diary/suggest-operatives call. --json prints exactly
// {"job", "suggested": [{operative_id, date, start, travel_min, knock_on}], "cannot": [{operative_id, rules: [{rule, reason}]}]}.
import { formatShortDay } from '../../../shared/calendar/dates';
import { isoDateSchema } from '../../../shared/domain/schemas';
import { formatStamp } from '../../../shared/rules/format';
import { summaryLine } from '../../../shared/suggest';
import { callApi, withWorkspace } from '../api-call';
import { parseFlags, required } from '../args';
import { CliError } from '../cli-error';

export const SUGGEST_HELP =
  'suggest --db F --job REF [--date YYYY-MM-DD] [--json] [--scenario N]   suggested operatives for a job, best first, and who cannot and why';

export async function suggestCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseFlags(
    argv,
    { db: { type: 'string' }, job: { type: 'string' }, date: { type: 'string' }, json: { type: 'boolean' }, scenario: { type: 'string' } },
    'suggest',
  );
  const db = required(values.db, 'db', 'suggest');
  const ref = required(values.job, 'job', 'suggest');
  const date = typeof values.date === 'string' ? values.date : undefined;
  if (date !== undefined && !isoDateSchema.safeParse(date).success)
    throw new CliError(`suggest: --date must be a real date YYYY-MM-DD (got "${date}")`);
  await withWorkspace(db, async (ws) => {
    const r = await callApi(ws, 'diary/suggest-operatives', { ref, ...(date ? { date } : {}) }, values.scenario);
    if (values.json) {
      out(
        JSON.stringify({
          job: r.job,
          suggested: r.suggested.map((s) => ({
            operative_id: s.operative_id,
            date: s.date,
            start: s.start,
            travel_min: s.travel_min,
            knock_on: s.knock_on,
          })),
          cannot: r.cannot.map((c) => ({ operative_id: c.operative_id, rules: c.rules.map((x) => ({ rule: x.rule, reason: x.reason })) })),
        }),
      );
      return;
    }
    const deadline = r.sla_deadline ? `SLA deadline ${formatStamp(r.sla_deadline)}` : 'no SLA deadline';
    out(`Suggested operatives for ${r.job} (${deadline}; searched ${formatShortDay(r.from)} to ${formatShortDay(r.to)}):`);
    if (r.suggested.length === 0) out('  nobody can take it in that time');
    r.suggested.forEach((s, i) => {
      const knock = s.knock_on.length ? `; pushes ${s.knock_on.join(', ')}` : '';
      const warn = s.warnings.length ? `; warnings: ${s.warnings.map((w) => w.ruleId).join(', ')}` : '';
      out(`  ${i + 1}. ${s.name} (${s.operative_id}) ${formatShortDay(s.date)} ${s.start}, +${s.travel_min} min travel${knock}${warn}`);
    });
    if (r.cannot.length) out(`Cannot (${r.cannot.length}): ${summaryLine(r.summary)}`);
  });
}
