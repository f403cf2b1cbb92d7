// Suggested operatives for the New repair draft, before Create (diary/suggest-for-draft: the
// same service as for a stored job; nothing is written). Asked again as the repair is typed,
// debounced; only the latest answer counts, so a slow reply never overwrites a newer one.
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { SuggestResultView } from '../../../../shared/api/areas/diary';
import { errorText } from '../../components/StatusRegion';
import { SuggestionList } from '../suggest/SuggestionList';
import type { JobCells } from './jobFields';

const DEBOUNCE_MS = 250;

export function DraftSuggestions({ cells, jobRef }: { cells: JobCells; jobRef: string }) {
  const [result, setResult] = useState<SuggestResultView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  const key = JSON.stringify(cells);

  useEffect(() => {
    const mine = ++seq.current;
    const timer = window.setTimeout(() => {
      api('diary/suggest-for-draft', { fields: JSON.parse(key) as JobCells }).then(
        (r) => {
          if (mine !== seq.current) return;
          setResult(r);
          setError(null);
        },
        (e: unknown) => {
          if (mine === seq.current) setError(errorText(e));
        },
      );
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [key]);

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
