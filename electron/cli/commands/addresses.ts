// `addresses`: repeated-failure address flags with their counts, last outcome and owner.
import { WORKSPACE_FLAGS, flag, parseCommand, runContract } from '../front-door';
import { printListing } from './listing';

export const ADDRESSES_HELP = 'addresses --db F [--all] [--json]   flagged addresses (open; --all adds closed): count, last outcome, owner';

export async function addressesCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const spec = { db: WORKSPACE_FLAGS.db, all: flag.bool('include_closed'), json: flag.bool() };
  const { values, input } = parseCommand(argv, spec, 'addresses');
  const flags = await runContract('addresses', 'addresses/list-flags', { include_closed: false, ...input }, { flags: spec, values });
  printListing(out, flags, {
    json: values.json,
    empty: 'No flagged addresses.',
    columns: ['address', 'count', 'last_outcome', 'last_date', 'owner', 'state', 'raised_on'],
    row: (f) => [f.address, f.count, f.last_outcome ?? '', f.last_date ?? '', f.owner, f.state, f.raised_on],
  });
}
