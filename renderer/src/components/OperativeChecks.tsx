// One checkbox per operative (by name) to pick some of them: the print dialog's team, the
// auto-scheduler's operatives.
interface Props {
  operatives: readonly { id: string; name: string }[];
  chosen: ReadonlySet<string>;
  onChange: (chosen: Set<string>) => void;
}

export function OperativeChecks({ operatives, chosen, onChange }: Props) {
  return (
    <>
      {operatives.map((o) => (
        <label key={o.id}>
          <input
            type="checkbox"
            checked={chosen.has(o.id)}
            onChange={(e) => {
              const next = new Set(chosen);
              if (e.target.checked) next.add(o.id);
              else next.delete(o.id);
              onChange(next);
            }}
          />{' '}
          {o.name}
        </label>
      ))}
    </>
  );
}
