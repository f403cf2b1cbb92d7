// The editable list of reason codes: code and label per row, add and remove.
interface Reason {
  code: string;
  label: string;
}

export function ReasonList({ reasons, onChange }: { reasons: Reason[]; onChange: (r: Reason[]) => void }) {
  const set = (i: number, patch: Partial<Reason>) => onChange(reasons.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <>
      <ul className="stack-list reason-list" aria-label="Reason codes">
        {reasons.map((r, i) => (
          <li key={i}>
            <input aria-label={`Code ${i + 1}`} value={r.code} size={16} onChange={(e) => set(i, { code: e.target.value.toUpperCase() })} />
            <input
              aria-label={`Label for ${r.code || `code ${i + 1}`}`}
              value={r.label}
              size={32}
              onChange={(e) => set(i, { label: e.target.value })}
            />
            <button
              type="button"
              aria-label={`Remove ${r.code || `code ${i + 1}`}`}
              onClick={() => onChange(reasons.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => onChange([...reasons, { code: '', label: '' }])}>
        Add a reason
      </button>
    </>
  );
}
