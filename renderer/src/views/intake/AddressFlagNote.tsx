// Warns, as the address is typed, that it has an open repeated-failure flag (addresses/get-flag):
// how many failed visits, the last outcome and who owns it.
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { ApiOutput } from '../../../../shared/api/contract';
import { longDate } from '../../lib/format';

type Flag = NonNullable<ApiOutput<'addresses/get-flag'>>;

export function AddressFlagNote({ address }: { address: string }) {
  const [flag, setFlag] = useState<Flag | null>(null);
  const typed = address.trim();
  useEffect(() => {
    if (!typed) {
      setFlag(null);
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      api('addresses/get-flag', { address: typed }).then(
        (f) => live && setFlag(f),
        () => live && setFlag(null), // a lookup that fails only loses the warning
      );
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [typed]);
  if (!flag) return null;
  return (
    <p className="edit-note" role="note" aria-label="Address flag">
      Repeated-failure address: {flag.count} failed visit{flag.count === 1 ? '' : 's'}
      {flag.last_outcome ? `, last ${flag.last_outcome.replace(/_/g, ' ').toLowerCase()}` : ''}
      {flag.last_date ? ` on ${longDate(flag.last_date)}` : ''}. Flag owned by the {flag.owner} since {longDate(flag.raised_on)}.
    </p>
  );
}
