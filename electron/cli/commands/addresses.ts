// `addresses`: repeated-failure address flags with their counts, last outcome and owner.
import { parseFlags, required } from '../args';
import { callContract } from '../contract-call';
import { openForCli } from '../open-workspace';

export const ADDRESSES_HELP = 'addresses --db F [--all] [--json]   flagged addresses (open; --all adds closed): count, last outcome, owner';

export async function addressesCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseFlags(argv, { db: { type: 'string' }, all: { type: 'boolean' }, json: { type: 'boolean' } }, 'addresses');
  const db = required(values.db, 'db', 'addresses');
  const ws = await openForCli(db, { mustExist: true });
  try {
    const flags = await callContract(ws, 'addresses/list-flags', { include_closed: values.all ?? false }, 'addresses');
    if (values.json) {
      out(JSON.stringify(flags));
      return;
    }
    if (flags.length === 0) {
      out('No flagged addresses.');
      return;
    }
    out(['address', 'count', 'last_outcome', 'last_date', 'owner', 'state', 'raised_on'].join('\t'));
    for (const f of flags) out([f.address, f.count, f.last_outcome ?? '', f.last_date ?? '', f.owner, f.state, f.raised_on].join('\t'));
  } finally {
    ws.close();
  }
}
