// The auto-schedule preview's proposed placements for one operative-day, drawn as dashed ghost
// cards over the cell (they are not in the diary until Accept).
import { useGhosts } from '../../schedule/proposalStore';

export function Ghosts({ operativeId, date }: { operativeId: string; date: string }) {
  const ghosts = useGhosts(operativeId, date);
  if (ghosts.length === 0) return null;
  return (
    <span className="ghosts" aria-label={`Proposed: ${ghosts.map((g) => `${g.ref} at ${g.start}`).join(', ')}`}>
      {ghosts.map((g) => (
        <span
          key={g.ref}
          className="ghost-card"
          data-ghost-ref={g.ref}
          data-kind={g.kind}
          title={`Proposed: ${g.ref} at ${g.start} (${g.kind})`}
        >
          {g.kind === 'moved' ? '↪' : '+'} {g.ref} {g.start}
        </span>
      ))}
    </span>
  );
}
