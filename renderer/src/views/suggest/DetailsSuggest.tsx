// Suggested operatives in the details panel: open at once for a job in the tray, behind a
// "Suggest" button for one already placed (it is judged as if back in the tray).
import { useState } from 'react';
import { SuggestedOperatives } from './SuggestedOperatives';

export function DetailsSuggest({ jobRef, placed, open: isOpen }: { jobRef: string; placed: boolean; open: boolean }) {
  const [shown, setShown] = useState(!placed);
  if (!isOpen) return null; // cancelled, on hold, done: nothing to place
  return (
    <section aria-label={`Who can take ${jobRef}`} className="details-suggest">
      <h3 className="details-sub">Suggested operatives</h3>
      {shown ? (
        <SuggestedOperatives key={jobRef} jobRef={jobRef} />
      ) : (
        <button type="button" onClick={() => setShown(true)}>
          Suggest
        </button>
      )}
    </section>
  );
}
