// A labelled search box; the label is the accessible name and also the placeholder hint.
import type { ChangeEvent } from 'react';
import { PairOptions } from './Options';

export function FilterInput({
  label,
  value,
  onChange,
  hint,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint: string;
}) {
  return (
    <input
      type="search"
      className="filter-input"
      aria-label={label}
      placeholder={hint}
      value={value}
      onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
    />
  );
}

export function SelectFilter({
  label,
  value,
  onChange,
  anyLabel,
  options,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  anyLabel: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <label className="select-filter">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyLabel}</option>
        <PairOptions options={options} />
      </select>
    </label>
  );
}
