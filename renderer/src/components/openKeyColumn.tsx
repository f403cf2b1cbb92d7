// The first column of an entity table: its key, as a button that opens the entity's editor when
// the table can open one, else as plain monospace text.
import type { Column } from './VirtualTable';

interface Spec<T> {
  id: string;
  header: string;
  width: number;
  key: (row: T) => string;
  onOpen: ((key: string) => void) | undefined;
}

export function openKeyColumn<T>({ id, header, width, key, onOpen }: Spec<T>): Column<T> {
  return {
    id,
    header,
    width,
    render: (row) =>
      onOpen ? (
        <button type="button" className="job-ref-link" onClick={() => onOpen(key(row))} aria-label={`Open ${key(row)}`}>
          {key(row)}
        </button>
      ) : (
        <span className="mono">{key(row)}</span>
      ),
    sortValue: key,
  };
}
