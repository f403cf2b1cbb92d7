// A row of mutually exclusive options (radio semantics), styled as joined buttons.
import { useId } from 'react';
import './controls.css';

interface Props<T extends string> {
  label: string;
  value: T;
  options: readonly T[];
  labels: Record<T, string>;
  onChange: (v: T) => void;
}

export function SegmentedControl<T extends string>({ label, value, options, labels, onChange }: Props<T>) {
  const name = useId();
  return (
    <div className="segmented" role="radiogroup" aria-label={label}>
      {options.map((o) => (
        <label key={o} className="segmented-option" data-checked={o === value || undefined}>
          <input type="radio" name={name} value={o} checked={o === value} onChange={() => onChange(o)} />
          <span>{labels[o]}</span>
        </label>
      ))}
    </div>
  );
}
