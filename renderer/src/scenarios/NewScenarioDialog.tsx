// Fork a what-if scenario from the plan in use (the live plan or the active scenario).
import { FormError } from '../components/FormError';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { Dialog, DialogActions } from '../components/Dialog';
import { useStatus } from '../components/StatusRegion';
import { useAction } from '../hooks/useAction';
import { useScenario } from './ScenarioContext';

export function NewScenarioDialog({ onClose }: { onClose: () => void }) {
  const { active, switchTo, list } = useScenario();
  const { announce } = useStatus();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const { busy, error, run } = useAction('inline');

  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      const s = await api('scenario/create', { name, from: active, note });
      list.reload();
      switchTo(s.name);
      announce(
        `Created scenario "${s.name}" from ${active ? `"${active}"` : 'the live plan'} in ${s.ms} ms; you are now working in it.`,
        'success',
      );
      onClose();
    });
  }

  return (
    <Dialog title="New scenario" onClose={onClose}>
      <form className="form-grid" onSubmit={(e) => void submit(e)}>
        <p className="muted">
          A copy of {active ? `scenario "${active}"` : 'the live plan'}: diary, jobs, absences, flags and shifts. Nothing you do in it
          reaches the live plan until you promote it.
        </p>
        <label>
          Scenario name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={60}
            autoFocus
            placeholder="e.g. Dan off all week"
          />
        </label>
        <label>
          Note
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} placeholder="What are you trying?" />
        </label>
        <FormError message={error} />
        <div className="dialog-actions">
          <DialogActions onCancel={onClose} label="Create scenario" disabled={busy} />
        </div>
      </form>
    </Dialog>
  );
}
