// The operative editor's fields: name and id, trades with proficiency, competences with expiry,
// shift, working days, areas and start location; each group shows the problems the save met.
import { useId } from 'react';
import { WEEKDAYS } from '../../../../shared/domain/schemas';
import type { OperativeForm } from './operativeForm';
import '../intake/forms.css';
import { Options } from '../../components/Options';

interface Props {
  form: OperativeForm;
  onChange: (patch: Partial<OperativeForm>) => void;
  errors: ReadonlyMap<string, string[]>;
  /** Editing a stored operative: the id is fixed. */
  editing: boolean;
}

function Problems({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <span id={id} className="field-error">
      {messages.join('; ')}
    </span>
  );
}

export function OperativeFields({ form, onChange, errors, editing }: Props) {
  const id = useId();
  const text = (key: 'id' | 'name' | 'start_lat' | 'start_lon' | 'areas', label: string, hint?: string, type = 'text') => (
    <div className="edit-field" data-field={key}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        value={form[key]}
        readOnly={key === 'id' && editing}
        aria-invalid={errors.has(key) || undefined}
        aria-describedby={errors.has(key) ? `${id}-${key}-err` : undefined}
        placeholder={hint}
        onChange={(e) => onChange({ [key]: e.target.value })}
      />
      <Problems id={`${id}-${key}-err`} messages={errors.get(key)} />
    </div>
  );
  const setTrade = (i: number, patch: Partial<OperativeForm['trades'][number]>) =>
    onChange({ trades: form.trades.map((t, j) => (j === i ? { ...t, ...patch } : t)) });
  const setCompetence = (i: number, patch: Partial<OperativeForm['competences'][number]>) =>
    onChange({ competences: form.competences.map((c, j) => (j === i ? { ...c, ...patch } : c)) });

  return (
    <div className="edit-grid">
      {text('name', 'Name')}
      {text('id', 'Id', editing ? undefined : 'Leave empty for the next free id')}
      <fieldset className="edit-fieldset" aria-label="Trades">
        <legend className="edit-legend">Trades and proficiency</legend>
        <div className="edit-rows">
          {form.trades.map((t, i) => (
            <div className="edit-row" key={i}>
              <input
                aria-label={`Trade ${i + 1}`}
                value={t.trade}
                placeholder="GAS"
                onChange={(e) => setTrade(i, { trade: e.target.value.toUpperCase() })}
              />
              <select
                aria-label={`${t.trade || `Trade ${i + 1}`} proficiency`}
                value={t.proficiency}
                onChange={(e) => setTrade(i, { proficiency: e.target.value })}
              >
                <Options items={['1', '2', '3', '4', '5']} />
              </select>
              <button type="button" onClick={() => onChange({ trades: form.trades.filter((_, j) => j !== i) })}>
                Remove {t.trade || 'trade'}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => onChange({ trades: [...form.trades, { trade: '', proficiency: '3' }] })}>
            Add trade
          </button>
        </div>
        <Problems id={`${id}-trades-err`} messages={errors.get('trades')} />
      </fieldset>
      <fieldset className="edit-fieldset" aria-label="Competences">
        <legend className="edit-legend">Competences and certificate expiry</legend>
        <div className="edit-rows">
          {form.competences.map((c, i) => (
            <div className="edit-row" key={i}>
              <input
                aria-label={`Competence ${i + 1}`}
                value={c.code}
                placeholder="GAS_SAFE"
                onChange={(e) => setCompetence(i, { code: e.target.value.toUpperCase() })}
              />
              <input
                type="date"
                aria-label={`${c.code || `Competence ${i + 1}`} expires`}
                value={c.expires}
                onChange={(e) => setCompetence(i, { expires: e.target.value })}
              />
              <button type="button" onClick={() => onChange({ competences: form.competences.filter((_, j) => j !== i) })}>
                Remove {c.code || 'competence'}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => onChange({ competences: [...form.competences, { code: '', expires: '' }] })}>
            Add competence
          </button>
        </div>
        <Problems id={`${id}-competences-err`} messages={errors.get('competences')} />
      </fieldset>
      <div className="edit-field" data-field="shift_start">
        <label htmlFor={`${id}-ss`}>Shift start</label>
        <input id={`${id}-ss`} type="time" value={form.shift_start} onChange={(e) => onChange({ shift_start: e.target.value })} />
        <Problems id={`${id}-ss-err`} messages={errors.get('shift_start')} />
      </div>
      <div className="edit-field" data-field="shift_end">
        <label htmlFor={`${id}-se`}>Shift end</label>
        <input id={`${id}-se`} type="time" value={form.shift_end} onChange={(e) => onChange({ shift_end: e.target.value })} />
        <Problems id={`${id}-se-err`} messages={errors.get('shift_end')} />
      </div>
      <fieldset className="edit-fieldset" aria-label="Working days">
        <legend className="edit-legend">Working days</legend>
        {WEEKDAYS.map((d) => (
          <label key={d}>
            <input
              type="checkbox"
              checked={form.working_days.has(d)}
              onChange={(e) => {
                const next = new Set(form.working_days);
                if (e.target.checked) next.add(d);
                else next.delete(d);
                onChange({ working_days: next });
              }}
            />{' '}
            {d}
          </label>
        ))}
        <Problems id={`${id}-days-err`} messages={errors.get('working_days')} />
      </fieldset>
      {text('areas', 'Areas', 'Empty = anywhere; LS1;LS2')}
      <span />
      {text('start_lat', 'Start lat', 'e.g. 53.8')}
      {text('start_lon', 'Start lon', 'e.g. -1.55')}
      <Problems id={`${id}-rec-err`} messages={errors.get('')} />
    </div>
  );
}
