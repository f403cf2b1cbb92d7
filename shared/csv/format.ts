// Shared writer: header row, `\n` line endings, quotes only where a value needs them.
import Papa from 'papaparse';

export function toCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  // No formula escaping: it would prefix negative longitudes with `'` and break round-trips.
  return `${Papa.unparse({ fields: [...columns], data: rows.map((r) => [...r]) }, { newline: '\n', quotes: false })}\n`;
}

/** `;`-joined list, the inverse of splitList. */
export const joinList = (items: readonly string[]): string => items.join(';');
