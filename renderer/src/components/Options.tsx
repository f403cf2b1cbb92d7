// The <option> list of a <select>: one option per item, keyed by its value, showing its label.
import type { ReactNode } from 'react';

interface Props<T> {
  items: readonly T[];
  /** The option's value (and React key); the item itself when left out (lists of strings or numbers). */
  value?: (item: T) => string | number;
  /** The option's text; the value when left out. */
  label?: (item: T) => ReactNode;
}

export function Options<T>({ items, value = (item) => item as string | number, label }: Props<T>) {
  return (
    <>
      {items.map((item) => {
        const v = value(item);
        return (
          <option key={v} value={v}>
            {label ? label(item) : v}
          </option>
        );
      })}
    </>
  );
}

/** Value/label pairs, as the filter selects hold them. */
export interface Option {
  value: string;
  label: string;
}

/** An option list of value/label pairs. */
export function PairOptions({ options }: { options: readonly Option[] }) {
  return <Options items={options} value={(o) => o.value} label={(o) => o.label} />;
}

/** An operative shown as "Name (id)", valued by its id. */
export function OperativeOptions({ operatives }: { operatives: readonly { id: string; name: string }[] }) {
  return <Options items={operatives} value={(o) => o.id} label={(o) => `${o.name} (${o.id})`} />;
}
