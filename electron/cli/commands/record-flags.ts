// Flags named after CSV columns (`--min-proficiency` for min_proficiency, `--raised-at` for
// raised_at…), as help text lists them; front-door.ts `columnFlags` maps them onto `fields`.
export function flagList(columns: readonly string[]): string {
  return columns.map((c) => `--${c.replace(/_/g, '-')}`).join(' ');
}
