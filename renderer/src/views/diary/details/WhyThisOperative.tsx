// "Why this operative?" on request, for a placed job: the auto-scheduler's explanation of the
// slot against every other operative-day that week (same rules, extra travel of each option).
import { useState } from 'react';
import { api } from '../../../api/client';
import type { ApiOutput } from '../../../../../shared/api/contract';
import { errorText } from '../../../components/StatusRegion';

type Why = ApiOutput<'schedule/explain-job'>;

export function WhyThisOperative({ jobRef }: { jobRef: string }) {
  const [why, setWhy] = useState<Why | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ask = () => {
    setError(null);
    api('schedule/explain-job', { ref: jobRef }).then(setWhy, (e: unknown) => setError(errorText(e)));
  };
  if (!why && !error) {
    return (
      <button type="button" className="link-like" onClick={ask}>
        Why this operative?
      </button>
    );
  }
  if (error) return <p className="form-error">{error}</p>;
  return (
    <div className="why-operative" role="region" aria-label={`Why ${jobRef} is placed here`}>
      <p>{why!.summary}</p>
      {why!.alternatives.length > 0 && (
        <p className="muted">
          Other options:{' '}
          {why!.alternatives
            .slice(0, 4)
            .map((a) => `${a.operative} ${a.date} (+${a.extraTravelMin} min)`)
            .join('; ')}
        </p>
      )}
      {why!.blockedBy.length > 0 && (
        <p className="muted">Ruled out elsewhere by: {why!.blockedBy.map((b) => `${b.rule} (${b.count})`).join(', ')}</p>
      )}
    </div>
  );
}
