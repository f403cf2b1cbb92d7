// `capacity`: hours available against hours due per trade per day, with the shortfall, through
// `roster/get-capacity`.
import type { ApiInput } from '../../../shared/api/contract';
import { WORKSPACE_FLAGS, flag, parseCommand, runContract } from '../front-door';

export const CAPACITY_HELP =
  'capacity --db F --from D --to D [--area A] [--json] [--scenario N]   per trade per day: available, demanded, shortfall (hours)';

const FLAGS = { ...WORKSPACE_FLAGS, from: flag.text('from'), to: flag.text('to'), area: flag.text('area'), json: flag.bool() };

export async function capacityCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values, input } = parseCommand(argv, FLAGS, 'capacity');
  const r = await runContract(
    'capacity',
    'roster/get-capacity',
    input as ApiInput<'roster/get-capacity'>,
    { flags: FLAGS, values, scenario: values.scenario },
    { intent: 'read' },
  );
  if (values.json) {
    out(JSON.stringify(r));
    return;
  }
  out(['trade', 'date', 'available_h', 'demanded_h', 'shortfall_h'].join('\t'));
  for (const t of r.trades) for (const d of t.days) out([t.trade, d.date, d.available, d.demanded, d.shortfall].join('\t'));
  out('');
  for (const s of r.summary) out(s);
}
