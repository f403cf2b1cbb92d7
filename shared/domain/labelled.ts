// A closed set of values with a label each, written once: the label table's keys, in the order
// written, are the values (menus and charts list them in that order). Keys must not look like
// array indices ("0", "1"), which JavaScript would move to the front.
export function labelled<const K extends string>(labels: Record<K, string>): { values: readonly K[]; labels: Readonly<Record<K, string>> } {
  return { values: Object.keys(labels) as K[], labels };
}
