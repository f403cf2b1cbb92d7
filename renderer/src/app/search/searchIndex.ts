// Global search (Ctrl+K): jobs by ref, address, area or trade; operatives by name or id. Pure, so the
// ranking is unit-tested: an exact ref or id first, then a prefix of one, then a word of the
// address or name that starts with the query, then anything containing it.
import type { JobView, OperativeView } from '../../../../shared/api/views';

export interface SearchHit {
  kind: 'job' | 'operative';
  /** Job ref or operative id. */
  id: string;
  label: string;
  detail: string;
  /** Where a placed job is: the diary jumps to that date. */
  date: string | null;
  score: number;
}

export const SEARCH_LIMIT = 12;

function rank(query: string, key: string, text: string): number {
  const k = key.toLowerCase();
  if (k === query) return 0;
  if (k.startsWith(query)) return 1;
  const t = text.toLowerCase();
  if (t.split(/[\s,]+/).some((w) => w.startsWith(query))) return 2;
  if (k.includes(query) || t.includes(query)) return 3;
  return -1;
}

/** Short address: the first line, before the first comma. */
export function shortAddress(address: string): string {
  return address.split(',')[0]!.trim();
}

export function search(jobs: readonly JobView[], operatives: readonly OperativeView[], raw: string, limit = SEARCH_LIMIT): SearchHit[] {
  const query = raw.trim().toLowerCase();
  if (!query) return [];
  const hits: SearchHit[] = [];
  for (const j of jobs) {
    const score = rank(query, j.ref, `${j.address} ${j.area} ${j.trade}`);
    if (score < 0) continue;
    const where = j.placement ? `${j.placement.date} ${j.placement.operative_id}` : j.status === 'open' ? 'Unscheduled' : j.status;
    hits.push({
      kind: 'job',
      id: j.ref,
      label: `${j.ref} · ${shortAddress(j.address)}`,
      detail: `${j.trade} · ${j.priority} · ${where}`,
      date: j.placement?.date ?? null,
      score,
    });
  }
  for (const o of operatives) {
    const score = rank(query, o.id, `${o.name} ${o.trades.map((t) => t.trade).join(' ')}`);
    if (score < 0) continue;
    hits.push({
      kind: 'operative',
      id: o.id,
      label: o.name,
      detail: `${o.id} · ${o.trades.map((t) => t.trade).join(', ')}`,
      date: null,
      score,
    });
  }
  return hits.sort((a, b) => a.score - b.score || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id)).slice(0, limit);
}
