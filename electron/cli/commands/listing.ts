// How a listing command prints: the contract's answer as JSON with --json; else one line when
// there is nothing; else a tab-separated header line and one line per item (null prints empty).
export interface Listing<T> {
  /** The --json flag as parsed: set means print JSON. */
  json?: unknown;
  /** The line printed when there are no items. */
  empty: string;
  columns: readonly string[];
  row(item: T): readonly unknown[];
}

export function printListing<T>(out: (s: string) => void, items: readonly T[], listing: Listing<T>): void {
  if (listing.json) return out(JSON.stringify(items));
  if (items.length === 0) return out(listing.empty);
  out(listing.columns.join('\t'));
  for (const item of items) out(listing.row(item).join('\t'));
}
