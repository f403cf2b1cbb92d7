// Every jobs.csv field of one job, each with its problems right beside it (aria-invalid and
// aria-describedby, so a screen reader hears the message with the field). Used by New repair and
// by the job editor: the same form.
import { useId } from 'react';
import type { JobColumn } from '../../../../shared/csv';
import { JOB_FIELDS, WINDOW_CHOICES, type JobCells, type JobFieldSpec } from './jobFields';
import type { KnownCodes } from './useKnownCodes';
import './forms.css';
import { Options } from '../../components/Options';

interface Props {
  cells: JobCells;
  onChange: (column: JobColumn, value: string) => void;
  /** Problems to show, by column (only for fields touched, or all after a save was tried). */
  errors: ReadonlyMap<string, string[]>;
  known: KnownCodes;
  /** Columns that cannot change (the ref of a stored job). */
  readOnly?: readonly JobColumn[];
  onBlur?: (column: JobColumn) => void;
}

export function JobFormFields({ cells, onChange, errors, known, readOnly = [], onBlur }: Props) {
  const id = useId();
  return (
    <div className="edit-grid">
      {JOB_FIELDS.map((f) => (
        <FieldBox
          key={f.column}
          id={`${id}-${f.column}`}
          spec={f}
          value={cells[f.column]}
          errors={errors.get(f.column)}
          known={known}
          readOnly={readOnly.includes(f.column)}
          onChange={(v) => onChange(f.column, v)}
          onBlur={() => onBlur?.(f.column)}
        />
      ))}
      <datalist id={`${id}-trades`}>
        {known.trades.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <datalist id={`${id}-areas`}>
        {known.areas.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <datalist id={`${id}-competences`}>
        {known.competences.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
    </div>
  );
}

interface BoxProps {
  id: string;
  spec: JobFieldSpec;
  value: string;
  errors: string[] | undefined;
  known: KnownCodes;
  readOnly: boolean;
  onChange: (value: string) => void;
  onBlur: () => void;
}

function FieldBox({ id, spec, value, errors, known, readOnly, onChange, onBlur }: BoxProps) {
  const errId = `${id}-err`;
  const hintId = `${id}-hint`;
  const describedBy = [errors?.length ? errId : null, spec.hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: spec.column,
    value,
    readOnly,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': describedBy,
    onBlur,
  } as const;
  const listId = spec.list ? `${id.slice(0, id.lastIndexOf('-'))}-${spec.list}` : undefined;
  let control;
  if (spec.kind === 'textarea') control = <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />;
  else if (spec.kind === 'select-priority' || spec.kind === 'select-window' || spec.kind === 'score') {
    const choices =
      spec.kind === 'select-priority' ? known.priorities : spec.kind === 'select-window' ? [...WINDOW_CHOICES] : ['1', '2', '3', '4', '5'];
    // A stored value outside the choices (a custom window such as 09:00-12:00) stays choosable.
    const all = value && !choices.includes(value) ? [value, ...choices] : choices;
    control = (
      <select {...common} disabled={readOnly} onChange={(e) => onChange(e.target.value)}>
        {!value && <option value="">—</option>}
        <Options items={all} />
      </select>
    );
  } else control = <input {...common} type="text" list={listId} autoComplete="off" onChange={(e) => onChange(e.target.value)} />;
  return (
    <div className={`edit-field${spec.wide ? ' edit-field-wide' : ''}`} data-field={spec.column}>
      <label htmlFor={id}>{spec.label}</label>
      {control}
      {spec.hint && (
        <span id={hintId} className="edit-hint">
          {spec.hint}
        </span>
      )}
      {errors?.length ? (
        <span id={errId} className="field-error">
          {errors.join('; ')}
        </span>
      ) : null}
    </div>
  );
}
