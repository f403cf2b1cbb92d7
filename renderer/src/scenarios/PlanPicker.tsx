// Header control: which plan is in use, and "New scenario…".
import { useState } from 'react';
import { useScenario } from './ScenarioContext';
import { NewScenarioDialog } from './NewScenarioDialog';

export function PlanPicker() {
  const { active, switchTo, list } = useScenario();
  const [creating, setCreating] = useState(false);
  const open = (list.data ?? []).filter((s) => !s.promoted_at || s.name === active);
  return (
    <div className="plan-picker">
      <label>
        <span className="plan-picker-label">Plan</span>
        <select aria-label="Plan in use" value={active ?? ''} onChange={(e) => switchTo(e.target.value || null)}>
          <option value="">Live plan</option>
          {open.map((s) => (
            <option key={s.name} value={s.name}>
              Scenario: {s.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => setCreating(true)}>
        New scenario…
      </button>
      {creating && <NewScenarioDialog onClose={() => setCreating(false)} />}
    </div>
  );
}
