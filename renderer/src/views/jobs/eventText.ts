// One line for an entry of a job's or an operative's history of edits: "edited competences:
// GAS_SAFE@2027-12-01 → GAS_SAFE@2026-12-06", "cancelled: “tenant rebooked”".
const STATUS_KINDS = new Set(['cancelled', 'put-on-hold', 'reopened', 'retired']);

export function editEventText(kind: string, detail: unknown): string | null {
  const d = (detail ?? {}) as Record<string, unknown>;
  const words = kind.replace(/[_-]/g, ' ');
  if (d.changes && typeof d.changes === 'object') {
    const parts = Object.entries(d.changes as Record<string, { from?: unknown; to?: unknown }>).map(
      ([col, c]) => `${col} ${String(c.from ?? '') || '(empty)'} → ${String(c.to ?? '') || '(empty)'}`,
    );
    return `${words}: ${parts.join('; ')}`;
  }
  if (kind === 'blocked' && typeof d.message === 'string') return `blocked by “${String(d.by ?? 'an edit')}”: ${d.message}`;
  if (kind === 'created' || kind === 'added') return words;
  if (STATUS_KINDS.has(kind) && typeof d.reason === 'string') return `${words}: “${d.reason}”`;
  if (kind.startsWith('flag') && typeof d.flag === 'string') return `${words}: ${d.flag} ${String(d.scope ?? '')}`;
  return null;
}
