// `capacity`: hours available against hours due per trade per day, with the shortfall.
import { ApiError } from '../../../shared/api/errors';
import { capacityReport } from '../../backend/roster/capacity';
import { CliError } from '../cli-error';
import { parseFlags, required } from '../args';
import { openForCli } from '../open-workspace';
import { storeFor } from '../scope';
import { dateFlag } from './roster';

export const CAPACITY_HELP =
  'capacity --db F --from D --to D [--area A] [--json] [--scenario N]   per trade per day: available, demanded, shortfall (hours)';

export async function capacityCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseFlags(
    argv,
    {
      db: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      area: { type: 'string' },
      json: { type: 'boolean' },
      scenario: { type: 'string' },
    },
    'capacity',
  );
  const db = required(values.db, 'db', 'capacity');
  const from = dateFlag(values.from, 'from', 'capacity');
  const to = dateFlag(values.to, 'to', 'capacity');
  const ws = await openForCli(db, { mustExist: true, intent: 'read' });
  try {
    const r = capacityReport(storeFor(ws, values.scenario), from, to, values.area ?? null);
    if (values.json) {
      out(JSON.stringify(r));
      return;
    }
    out(['trade', 'date', 'available_h', 'demanded_h', 'shortfall_h'].join('\t'));
    for (const t of r.trades) for (const d of t.days) out([t.trade, d.date, d.available, d.demanded, d.shortfall].join('\t'));
    out('');
    for (const s of r.summary) out(s);
  } catch (e) {
    if (e instanceof ApiError && e.code !== 'INTERNAL') throw new CliError(`capacity: ${e.message}`);
    throw e;
  } finally {
    ws.close();
  }
}
