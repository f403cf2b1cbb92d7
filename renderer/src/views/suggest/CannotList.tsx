// Under the suggestions: the operatives who cannot take the job, summarised by blocking rule
// ("7 have no GAS trade; 2 absent"), each operative's reasons one click away.
import type { SuggestResultView } from '../../../../shared/api/areas/diary';

interface Props {
  cannot: SuggestResultView['cannot'];
  summary: SuggestResultView['summary'];
}

export function CannotList({ cannot, summary }: Props) {
  if (cannot.length === 0) return null;
  return (
    <details className="suggest-cannot">
      <summary>
        <span className="suggest-cannot-head">Cannot take it: </span>
        <span className="suggest-summary">{summary.map((g) => g.text).join('; ')}</span>
      </summary>
      <ul aria-label="Operatives who cannot">
        {cannot.map((c) => (
          <li key={c.operative_id} data-operative-id={c.operative_id}>
            <b>{c.name}</b>: {c.rules.map((r) => r.reason).join('; ')}
          </li>
        ))}
      </ul>
    </details>
  );
}
