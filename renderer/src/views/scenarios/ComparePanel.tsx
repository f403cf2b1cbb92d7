// Two plans side by side: KPIs as a table and charts, then every job placed differently.
import { FormError } from '../../components/FormError';
import { useState } from 'react';
import { api } from '../../api/client';
import type { ApiOutput } from '../../../../shared/api/contract';
import { useAction } from '../../hooks/useAction';
import { KpiTable } from './KpiTable';
import { ChangesTable } from './ChangesTable';
import { PairBarChart } from './PairBarChart';

type Comparison = ApiOutput<'scenario/compare'>;

interface Props {
  a: string;
  b: string;
  onA: (v: string) => void;
  onB: (v: string) => void;
  names: string[];
}

const label = (n: string) => (n === 'base' ? 'Live plan' : n);

export function ComparePanel({ a, b, onA, onB, names }: Props) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [result, setResult] = useState<{ a: string; b: string; c: Comparison } | null>(null);
  const { busy, error, run } = useAction('inline');
  const options = ['base', ...names];

  async function compare() {
    await run(async () => {
      const c = await api('scenario/compare', { a, b, ...(from && to ? { from, to } : {}) });
      setResult({ a, b, c });
    });
  }

  const priorities = result ? [...new Set([...Object.keys(result.c.a.slaBreaches), ...Object.keys(result.c.b.slaBreaches)])].sort() : [];
  const planOptions = options.map((n) => (
    <option key={n} value={n}>
      {label(n)}
    </option>
  ));
  return (
    <section className="compare-panel" role="region" aria-label="Compare plans">
      <h2>Compare plans</h2>
      <div className="toolbar">
        <label>
          Plan A
          <select value={a} onChange={(e) => onA(e.target.value)}>
            {planOptions}
          </select>
        </label>
        <label>
          Plan B
          <select value={b} onChange={(e) => onB(e.target.value)}>
            <option value="">Choose…</option>
            {planOptions}
          </select>
        </label>
        <label>
          From
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          To
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="button" className="primary" disabled={!b || busy} onClick={() => void compare()}>
          Compare
        </button>
      </div>
      <FormError message={error} />
      {result && (
        <>
          <p className="muted">
            {label(result.a)} vs {label(result.b)}, {result.c.from} to {result.c.to}: {result.c.changes.length} jobs differ.
          </p>
          <div className="compare-grid">
            <KpiTable a={label(result.a)} b={label(result.b)} ka={result.c.a} kb={result.c.b} />
            <PairBarChart
              title="Hours and placements"
              a={label(result.a)}
              b={label(result.b)}
              rows={[
                { key: 'Placed', A: result.c.a.placed, B: result.c.b.placed },
                { key: 'Unplaced', A: result.c.a.unplaced, B: result.c.b.unplaced },
                { key: 'Travel h', A: result.c.a.travelHours, B: result.c.b.travelHours },
                { key: 'Overtime h', A: result.c.a.overtimeHours, B: result.c.b.overtimeHours },
              ]}
            />
            <PairBarChart
              title="SLA breaches by priority"
              integers
              a={label(result.a)}
              b={label(result.b)}
              rows={priorities.map((p) => ({ key: p, A: result.c.a.slaBreaches[p] ?? 0, B: result.c.b.slaBreaches[p] ?? 0 }))}
            />
          </div>
          <ChangesTable changes={result.c.changes} a={label(result.a)} b={label(result.b)} />
        </>
      )}
    </section>
  );
}
