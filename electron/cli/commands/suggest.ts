// `suggest --db F --job REF [--date D] [--json]`: who can take a job, best first, and who cannot
// and why — the app's diary/suggest-operatives call. --json prints exactly
// {"job", "suggested": [{operative_id, date, start, travel_min, knock_on}], "cannot": [{operative_id, rules: [{rule, reason}]}]}.
import { formatShortDay } from '../../../shared/calendar/dates';
import { formatStamp } from '../../../shared/rules/format';
import { summaryLine } from '../../../shared/suggest';
import type { ApiInput } from '../../../shared/api/contract';
import { WORKSPACE_FLAGS, flag, parseCommand, runContract } from '../front-door';

export const SUGGEST_HELP =
  'suggest --db F --job REF [--date YYYY-MM-DD] [--json] [--scenario N]   suggested operatives for a job, best first, and who cannot and why';

export async function suggestCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const flags = { ...WORKSPACE_FLAGS, job: flag.text('ref'), date: flag.text('date'), json: flag.bool() };
  const { values, input } = parseCommand(argv, flags, 'suggest');
  const opts = { flags, values, scenario: values.scenario };
  const r = await runContract('suggest', 'diary/suggest-operatives', input as ApiInput<'diary/suggest-operatives'>, opts);
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
}
