// Capacity against demand for the visible weeks: the plain summary first, then one chart per
// trade. An area filter narrows both sides (operatives who may work there, jobs there).
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { LoadState } from '../../components/ViewHeader';
import { useResource } from '../../hooks/useResource';
import { TradeChart } from './TradeChart';
import { Options } from '../../components/Options';

interface Props {
  from: string;
  to: string;
  areas: readonly string[];
  trade: string;
  onOpenDay: (date: string, trade: string) => void;
}

export function CapacitySection({ from, to, areas, trade, onOpenDay }: Props) {
  const [area, setArea] = useState('');
  const capacity = useResource(() => api('roster/get-capacity', { from, to, area: area || null }), [from, to, area]);
  const rows = useMemo(() => (capacity.data?.trades ?? []).filter((t) => !trade || t.trade === trade), [capacity.data, trade]);
  // Shortfalls first: they are what the planner has to act on.
  const sentences = useMemo(() => [...rows].sort((a, b) => b.shortfall - a.shortfall), [rows]);
  return (
    <section className="roster-panel capacity" aria-labelledby="capacity-h">
      <div className="panel-head">
        <h2 id="capacity-h">Capacity against demand</h2>
        <label className="select-filter">
          <span>Area</span>
          <select aria-label="Area" value={area} onChange={(e) => setArea(e.target.value)}>
            <option value="">All areas</option>
            <Options items={areas} />
          </select>
        </label>
        <span className="muted cap-note">
          Rostered hours less absences and trade restrictions, against placed work plus unplaced work spread to its SLA deadline.
        </span>
      </div>
      <LoadState loading={capacity.loading && !capacity.data} error={capacity.error} onRetry={capacity.reload} />
      {capacity.data && (
        <>
          <ul className="cap-summary" aria-label="Capacity summary">
            {sentences.map((t) => (
              <li key={t.trade} data-trade={t.trade} data-short={t.shortfall > 0 || undefined}>
                {t.summary}
              </li>
            ))}
            {rows.length === 0 && <li className="muted">No trades to show.</li>}
          </ul>
          <div className="cap-grid">
            {rows.map((t) => (
              <TradeChart key={t.trade} row={t} onOpenDay={onOpenDay} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
