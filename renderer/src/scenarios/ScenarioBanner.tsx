// Always visible while a scenario is in use (with the coloured frame), so nobody edits the
// wrong plan: says which one, and offers promote, discard and the way back.
import { useState } from 'react';
import { api } from '../api/client';
import { useStatus } from '../components/StatusRegion';
import { useAction } from '../hooks/useAction';
import { useScenario } from './ScenarioContext';
import { PromoteDialog } from './PromoteDialog';

export function ScenarioBanner() {
  const { active, switchTo, list } = useScenario();
  const { announce } = useStatus();
  const { run } = useAction();
  const [promoting, setPromoting] = useState(false);
  if (!active) return null;

  async function discard() {
    if (!window.confirm(`Discard scenario "${active}"? Its changes are lost.`)) return;
    await run(async () => {
      await api('scenario/drop', { name: active! });
      switchTo(null);
      list.reload();
      announce(`Discarded scenario "${active}"`, 'success');
    });
  }

  return (
    <div className="scenario-banner" role="region" aria-label="Scenario in use">
      <strong>Scenario: {active}</strong>
      <span className="muted">Changes here stay out of the live plan until promoted.</span>
      <span className="scenario-actions">
        <button type="button" onClick={() => setPromoting(true)}>
          Promote…
        </button>
        <button type="button" onClick={() => void discard()}>
          Discard
        </button>
        <button type="button" onClick={() => switchTo(null)}>
          Back to live plan
        </button>
      </span>
      {promoting && <PromoteDialog name={active} onClose={() => setPromoting(false)} />}
    </div>
  );
}
