// Who can take this job: the backend's suggestions in its order (earliest feasible arrival within
// the SLA, then added travel, then disruption), each with one action that places the job there,
// then the operatives who cannot, grouped by the rule that blocks them.
import { api } from '../../api/client';
import type { SuggestResultView } from '../../../../shared/api/areas/diary';
import { useResource } from '../../hooks/useResource';
import { SuggestionList } from './SuggestionList';
import { usePlaceSuggestion } from './usePlaceSuggestion';

type Suggestion = SuggestResultView['suggested'][number];

interface Props {
  jobRef: string;
  /** After the job was placed (the dialog holding the list may close). */
  onPlaced?: (s: Suggestion) => void;
}

export function SuggestedOperatives({ jobRef, onPlaced }: Props) {
  // Errors show inline ("No suggestions: …"): a job put on hold while the list re-loads is not
  // a failure worth a status message over the hold's own confirmation.
  const result = useResource(() => api('diary/suggest-operatives', { ref: jobRef }), [jobRef], { report: false });
  const place = usePlaceSuggestion();
  const r = result.data;
  if (!r) return <p className="muted">{result.error ? `No suggestions: ${result.error.message}` : 'Finding who can take it…'}</p>;
  return (
    <SuggestionList
      result={r}
      jobRef={jobRef}
      place={{ busy: place.busy, onPlace: (s) => void place.run(jobRef, s).then((ok) => ok && onPlaced?.(s)) }}
    />
  );
}
