// A fieldset of editable rows (an operative's trades, competences): each row's inputs with its
// Remove button, then Add, then whatever follows (the problems the save met).
import type { ReactNode } from 'react';

interface Props<T> {
  /** The fieldset's accessible name. */
  label: string;
  legend: string;
  rows: readonly T[];
  onChange: (rows: T[]) => void;
  /** A new, empty row. */
  blank: T;
  /** What one row is ("trade"): the Add button's word, and the Remove button's while the row is unnamed. */
  noun: string;
  /** The row's name in its Remove button. */
  name: (row: T) => string;
  /** The row's inputs; `set` patches that row. */
  fields: (row: T, i: number, set: (patch: Partial<T>) => void) => ReactNode;
  children?: ReactNode;
}

export function RowsFieldset<T>({ label, legend, rows, onChange, blank, noun, name, fields, children }: Props<T>) {
  const set = (i: number, patch: Partial<T>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="field-group edit-fieldset" aria-label={label}>
      <legend className="edit-legend">{legend}</legend>
      <div className="edit-rows">
        {rows.map((row, i) => (
          <div className="edit-row" key={i}>
            {fields(row, i, (patch) => set(i, patch))}
            <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              Remove {name(row) || noun}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => onChange([...rows, blank])}>
          Add {noun}
        </button>
      </div>
      {children}
    </fieldset>
  );
}
