// `rebooking`: the queue of failed visits and follow-ons waiting to be booked, by deadline.
import { parseFlags, required } from '../args';
import { callContract } from '../contract-call';
import { openForCli } from '../open-workspace';

export const REBOOKING_HELP = 'rebooking --db F [--json]   the rebooking queue by deadline: ref, deadline, attempts, owner';

export async function rebookingCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseFlags(argv, { db: { type: 'string' }, json: { type: 'boolean' } }, 'rebooking');
  const db = required(values.db, 'db', 'rebooking');
  const ws = await openForCli(db, { mustExist: true });
  try {
    const items = await callContract(ws, 'rebooking/list', {}, 'rebooking');
    if (values.json) {
      out(JSON.stringify(items));
      return;
    }
    if (items.length === 0) {
      out('Nothing waiting to be rebooked.');
      return;
    }
    out(['ref', 'deadline', 'attempts', 'outcome', 'failed_on', 'owner', 'booked', 'follow_on_of'].join('\t'));
    for (const i of items)
      out(
        [
          i.ref,
          i.deadline ?? 'no SLA',
          i.attempts,
          i.outcome,
          i.failed_on,
          i.owner,
          i.booked ? `${i.booked.operative_id} ${i.booked.date}` : '',
          i.follow_on_of ?? '',
        ].join('\t'),
      );
  } finally {
    ws.close();
  }
}
