// The actuals policy, editable (one undoable step on save): reason codes, whether a failed
// visit's SLA clock continues or restarts per outcome, the no-access policy, and the
// repeated-failure threshold for address flags.
import { useState } from 'react';
import type { ApiOutput } from '../../../../shared/api/contract';
import { api } from '../../api/client';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { LoadState } from '../../components/ViewHeader';
import { useDataVersion } from '../../hooks/useDataVersion';
import { useResource } from '../../hooks/useResource';
import { ReasonList } from './ReasonList';

type Policy = ApiOutput<'actuals/get-policy'>;
const CLOCK_OUTCOMES = ['NO_ACCESS', 'ABORTIVE', 'FURTHER_WORK'] as const;
const codes = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);

export function PolicySection() {
  const policy = useResource(() => api('actuals/get-policy', {}), []);
  return (
    <div className="actuals-section">
      <LoadState loading={policy.loading && !policy.data} error={policy.data ? undefined : policy.error} onRetry={policy.reload} />
      {policy.data && <PolicyForm key={JSON.stringify(policy.data)} initial={policy.data} />}
    </div>
  );
}

function PolicyForm({ initial }: { initial: Policy }) {
  const [p, setP] = useState(initial);
  const [neverCancel, setNeverCancel] = useState(initial.no_access.never_cancel.join(', '));
  const [noAccessReasons, setNoAccessReasons] = useState(initial.no_access.no_access_reasons.join(', '));
  const { error, run } = useAction('inline');
  const { announce } = useStatus();
  const { invalidate } = useDataVersion();
  // A whole-number setting of the no-access or address-flag policy, within the bounds the contract takes.
  const count = <G extends 'no_access' | 'address_flags'>(group: G, key: keyof Policy[G] & string, min: number, max: number) => (
    <input
      type="number"
      min={min}
      max={max}
      value={p[group][key] as number}
      onChange={(e) => setP({ ...p, [group]: { ...p[group], [key]: Number(e.target.value) } })}
    />
  );

  const save = async () => {
    await run(async () => {
      await api('actuals/set-policy', {
        ...p,
        no_access: { ...p.no_access, never_cancel: codes(neverCancel), no_access_reasons: codes(noAccessReasons) },
      });
      invalidate();
      announce('Actuals policy saved (undo to revert).', 'success', { undoable: true });
    });
  };

  return (
    <form
      className="actuals-policy"
      aria-label="Actuals policy"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset>
        <legend>Reason codes</legend>
        <ReasonList reasons={p.reasons} onChange={(reasons) => setP({ ...p, reasons })} />
      </fieldset>
      <fieldset>
        <legend>SLA clock after a failed visit</legend>
        {CLOCK_OUTCOMES.map((o) => (
          <label key={o}>
            {o}{' '}
            <select
              value={p.sla_clock[o]}
              onChange={(e) => setP({ ...p, sla_clock: { ...p.sla_clock, [o]: e.target.value as 'continue' | 'restart' } })}
            >
              <option value="continue">continues (deadline from when raised)</option>
              <option value="restart">restarts at the visit</option>
            </select>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>No access</legend>
        <label>Escalate to the supervisor after {count('no_access', 'escalate_after', 1, 20)} attempts</label>
        <label>
          Never cancelled for no access <input value={neverCancel} onChange={(e) => setNeverCancel(e.target.value)} />
        </label>
        <p className="muted">
          Codes match a job’s priority or required competence; DAMP_MOULD also matches damp, mould or condensation in its notes or
          definition of done; GAS_SAFETY matches GAS work, the GAS_SAFE competence, or CP12/LGSR/gas safety in its text.
        </p>
        <label>
          Reasons that mean “no access” <input value={noAccessReasons} onChange={(e) => setNoAccessReasons(e.target.value)} />
        </label>
      </fieldset>
      <fieldset>
        <legend>Repeated-failure addresses</legend>
        <label>
          Flag after {count('address_flags', 'failures', 2, 20)} failed visits within {count('address_flags', 'days', 1, 365)} days
        </label>
      </fieldset>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <div className="actuals-tools">
        <button type="submit" className="primary">
          Save policy
        </button>
      </div>
    </form>
  );
}
