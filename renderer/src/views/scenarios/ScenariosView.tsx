// Scenarios: the list of what-if plans and the side-by-side comparison of any two.
import { useState } from 'react';
import { ViewHeader } from '../../components/ViewHeader';
import { useScenario } from '../../scenarios/ScenarioContext';
import { ComparePanel } from './ComparePanel';

export function ScenariosView() {
  const { active, switchTo, list } = useScenario();
  const scenarios = list.data ?? [];
  const [a, setA] = useState('base');
  const [b, setB] = useState(() => active ?? '');

  return (
    <div className="view scenarios-view">
      <ViewHeader title="Scenarios" />
      <section aria-label="Scenario list" className="scenario-list">
        {scenarios.length === 0 ? (
          <p className="muted">No scenarios yet. Use “New scenario…” in the header to fork the plan in use.</p>
        ) : (
          <table className="simple-table" aria-label="Scenarios">
            <thead>
              <tr>
                <th>Name</th>
                <th>Forked from</th>
                <th>Created</th>
                <th>Note</th>
                <th>State</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {scenarios.map((s) => (
                <tr key={s.name} data-scenario={s.name}>
                  <td>{s.name}</td>
                  <td>{s.from ?? 'Live plan'}</td>
                  <td>{s.created_at.slice(0, 16).replace('T', ' ')}</td>
                  <td>{s.note}</td>
                  <td>{s.promoted_at ? `Promoted ${s.promoted_at.slice(0, 10)}` : s.name === active ? 'In use' : 'Open'}</td>
                  <td>
                    <button type="button" onClick={() => switchTo(s.name)} disabled={s.name === active}>
                      Work in it
                    </button>{' '}
                    <button
                      type="button"
                      onClick={() => {
                        setA('base');
                        setB(s.name);
                      }}
                    >
                      Compare with live
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <ComparePanel a={a} b={b} onA={setA} onB={setB} names={scenarios.map((s) => s.name)} />
    </div>
  );
}
