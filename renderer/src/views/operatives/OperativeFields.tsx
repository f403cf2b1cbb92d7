// The operative editor's fields: name and id, trades with proficiency, competences with expiry,
// shift, working days, areas and start location; each group shows the problems the save met.
import { useId } from 'react';
import { WEEKDAYS } from '../../../../shared/domain/schemas';
import type { OperativeForm } from './operativeForm';
import '../intake/forms.css';
import { Options } from '../../components/Options';
import { RowsFieldset } from './RowsFieldset';

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

  return (
    <div className="edit-grid">
      {text('name', 'Name')}
      {text('id', 'Id', editing ? undefined : 'Leave empty for the next free id')}
      <RowsFieldset
        label="Trades"
        legend="Trades and proficiency"
        rows={form.trades}
        onChange={(trades) => onChange({ trades })}
        blank={{ trade: '', proficiency: '3' }}
        noun="trade"
        name={(t) => t.trade}
        fields={(t, i, set) => (
          <>
            <input
              aria-label={`Trade ${i + 1}`}
              value={t.trade}
              placeholder="GAS"
              onChange={(e) => set({ trade: e.target.value.toUpperCase() })}
            />
            <select
              aria-label={`${t.trade || `Trade ${i + 1}`} proficiency`}
              value={t.proficiency}
              onChange={(e) => set({ proficiency: e.target.value })}
            >
              <Options items={['1', '2', '3', '4', '5']} />
            </select>
          </>
        )}
      >
        <Problems id={`${id}-trades-err`} messages={errors.get('trades')} />
      </RowsFieldset>
      <RowsFieldset
        label="Competences"
        legend="Competences and certificate expiry"
        rows={form.competences}
        onChange={(competences) => onChange({ competences })}
        blank={{ code: '', expires: '' }}
        noun="competence"
        name={(c) => c.code}
        fields={(c, i, set) => (
          <>
            <input
              aria-label={`Competence ${i + 1}`}
              value={c.code}
              placeholder="GAS_SAFE"
              onChange={(e) => set({ code: e.target.value.toUpperCase() })}
            />
            <input
              type="date"
              aria-label={`${c.code || `Competence ${i + 1}`} expires`}
              value={c.expires}
              onChange={(e) => set({ expires: e.target.value })}
            />
          </>
        )}
      >
        <Problems id={`${id}-competences-err`} messages={errors.get('competences')} />
      </RowsFieldset>
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
      <fieldset className="field-group edit-fieldset" aria-label="Working days">
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
