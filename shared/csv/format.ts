// Shared writer: header row, `\n` line endings, quotes only where a value needs them.
import Papa from 'papaparse';

export function toCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  // No formula escaping: it would prefix negative longitudes with `'` and break round-trips.
  return `${Papa.unparse({ fields: [...columns], data: rows.map((r) => [...r]) }, { newline: '\n', quotes: false })}\n`;
}

/** Writing one CSV format from each object's cells in column order: a whole file, or one object keyed by column (an edit starts from it). */
export function csvWriter<C extends string, T>(columns: readonly C[], cells: (item: T) => string[]) {
  return {
    file: (items: readonly T[]): string => toCsv(columns, items.map(cells)),
    record: (item: T): Record<C, string> => {
      const row = cells(item);
      return Object.fromEntries(columns.map((c, i) => [c, row[i]!])) as Record<C, string>;
    },
  };
}

/** `;`-joined list, the inverse of splitList. */
export const joinList = (items: readonly string[]): string => items.join(';');
