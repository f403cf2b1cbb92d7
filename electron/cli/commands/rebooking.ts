// `rebooking`: the queue of failed visits and follow-ons waiting to be booked, by deadline.
import { WORKSPACE_FLAGS, flag, parseCommand, runContract } from '../front-door';
import { printListing } from './listing';

export const REBOOKING_HELP = 'rebooking --db F [--json]   the rebooking queue by deadline: ref, deadline, attempts, owner';

export async function rebookingCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const flags = { db: WORKSPACE_FLAGS.db, json: flag.bool() };
  const { values } = parseCommand(argv, flags, 'rebooking');
  const items = await runContract('rebooking', 'rebooking/list', {}, { flags, values });
  printListing(out, items, {
    json: values.json,
    empty: 'Nothing waiting to be rebooked.',
    columns: ['ref', 'deadline', 'attempts', 'outcome', 'failed_on', 'owner', 'booked', 'follow_on_of'],
    row: (i) => [
      i.ref,
      i.deadline ?? 'no SLA',
      i.attempts,
      i.outcome,
      i.failed_on,
      i.owner,
      i.booked ? `${i.booked.operative_id} ${i.booked.date}` : '',
      i.follow_on_of ?? '',
    ],
  });
}
