// Suggested operatives for the New repair draft, before Create (diary/suggest-for-draft: the
// same service as for a stored job; nothing is written). Asked again as the repair is typed,
// debounced; only the latest answer counts, so a slow reply never overwrites a newer one.
import { api } from '../../api/client';
import { useLatestAnswer } from '../../hooks/useLatestAnswer';
import { SuggestionList } from '../suggest/SuggestionList';
import type { JobCells } from './jobFields';

const DEBOUNCE_MS = 250;

const suggestForDraft = (key: string) => api('diary/suggest-for-draft', { fields: JSON.parse(key) as JobCells });

export function DraftSuggestions({ cells, jobRef }: { cells: JobCells; jobRef: string }) {
  const { value: result, error } = useLatestAnswer(JSON.stringify(cells), suggestForDraft, DEBOUNCE_MS);

  return (
    <section className="draft-suggest" aria-label="Suggested operatives for this repair">
      <h3 className="details-sub">Suggested operatives</h3>
      {error ? (
        <p className="muted">No suggestions: {error}</p>
      ) : result ? (
        <>
          <SuggestionList result={result} jobRef={jobRef} />
          <p className="muted">Create the repair to place it with one of them.</p>
        </>
      ) : (
        <p className="muted">Finding who can take it…</p>
      )}
    </section>
  );
}
