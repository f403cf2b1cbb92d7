// Operatives: skills, certificates, working pattern, absences and supervisor flags, with
// anything expiring or restricting work called out.
import { useDeferredValue, useMemo, useState } from 'react';
import { api } from '../../api/client';
import type { OperativeView } from '../../../../shared/api/views';
import { FilterInput } from '../../components/FilterInput';
import { RowCount, ViewHeader } from '../../components/ViewHeader';
import { ResourceTable } from '../../components/ResourceTable';
import { useResource } from '../../hooks/useResource';
import { todayLocal } from '../../lib/now';
import { operativeColumns } from './operativeColumns';
import { OperativeDialog } from './OperativeDialog';

const NONE: readonly OperativeView[] = [];

export function filterOperatives(rows: readonly OperativeView[], text: string): readonly OperativeView[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((o) => {
    const hay = [o.id, o.name, ...o.trades.map((t) => t.trade), ...o.competences.map((c) => c.code), ...o.areas].join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

export function OperativesView() {
  const operatives = useResource(() => api('operatives/list', {}), []);
  const [text, setText] = useState('');
  const deferred = useDeferredValue(text);
  const today = todayLocal();

  const all = operatives.data ?? NONE;
  // Which operative's editor is open (by id, so it shows the latest records); 'new' adds one.
  const [open, setOpen] = useState<string | null>(null);
  const columns = useMemo(() => operativeColumns(today, setOpen), [today]);
  const opened = open && open !== 'new' ? all.find((o) => o.id === open) : undefined;
  const rows = useMemo(() => filterOperatives(all, deferred), [all, deferred]);

  return (
    <section className="view" aria-label="Operatives view">
      <ViewHeader title="Operatives">
        <FilterInput label="Filter operatives" hint="Id, name, trade, competence, area" value={text} onChange={setText} />
        <RowCount shown={rows.length} total={all.length} noun="operatives" />
        <button type="button" onClick={() => setOpen('new')}>
          Add operative…
        </button>
      </ViewHeader>
      <ResourceTable
        resource={operatives}
        noun="operatives"
        csvFile="operatives.csv"
        label="Operatives"
        rows={rows}
        columns={columns}
        rowKey={(o) => o.id}
        rowAttributes={(o) => ({ 'data-operative-id': o.id })}
        initialSort={{ column: 'id', dir: 'asc' }}
        rowHeight={42} // two lines: certificates and flags wrap rather than hide
      />
      {open === 'new' && <OperativeDialog operative={null} onClose={() => setOpen(null)} />}
      {opened && <OperativeDialog key={opened.id} operative={opened} onClose={() => setOpen(null)} />}
    </section>
  );
}
