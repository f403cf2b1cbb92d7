// The scheduler words each explanation to stand alone ("J-1 (GAS ≥ 3): … e.g. J-1 needs GAS ≥ 3").
// Listed under the job's own ref, the ref need not be said again: this drops it.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function withoutRef(text: string, ref: string): string {
  const r = escape(ref);
  let out = text.replace(new RegExp(`^${r} \\(([^)]*)\\):\\s*`), 'Needs $1: ');
  out = out.replace(new RegExp(`^${r}:\\s*`), '');
  out = out.replace(new RegExp(`\\b${r}'s\\b`, 'g'), 'its');
  out = out.replace(new RegExp(`(^|[^\\w-])${r}(?![\\w-])\\s*`, 'g'), (_m, pre: string) => `${pre}it `);
  out = out.replace(/(^|[.:;(]\s*)it needs/g, '$1needs');
  out = out.trimEnd();
  return out.charAt(0).toUpperCase() + out.slice(1);
}
