// The Review region: what says the plan needs another look — finishes slipped more than two
// days past the saved baseline, operatives newly absent over placed work, scope changes to
// placed jobs — each with links to the jobs and an acknowledgement with a note.
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { ReviewTrigger } from '../../../../shared/api/areas/review';
import { Chip } from '../../components/Chip';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { useDataVersion } from '../../hooks/useDataVersion';
import { useResource } from '../../hooks/useResource';
import { instantAsLocal } from '../../lib/format';
import './review.css';

interface Props {
  /** Where a job ref links to (e.g. select it on the map). */
  onOpenJob: (ref: string) => void;
  jobHref: (ref: string) => string;
}

export function ReviewPanel({ onOpenJob, jobHref }: Props) {
  const [showAcknowledged, setShowAcknowledged] = useState(false);
  const data = useResource(() => api('review/list-triggers', { include_acknowledged: showAcknowledged }), [showAcknowledged]);
  const { announce } = useStatus();
  const { run } = useAction();
  const { invalidate } = useDataVersion();
  const triggers = data.data?.triggers ?? [];
  const reference = data.data?.reference;

  const saveBaseline = async () => {
    await run(async () => {
      const b = await api('baseline/save', {});
      announce(`Saved baseline "${b.label}" with ${b.jobs} planned finishes`, 'success');
      invalidate();
    });
  };

  return (
    <section className="review" role="region" aria-label="Review">
      <header className="review-head">
        <h2>Review</h2>
        <span className="muted">{triggers.filter((t) => !t.acknowledged).length} open</span>
        <button type="button" onClick={() => void saveBaseline()}>
          Save baseline
        </button>
      </header>
      <p className="review-ref muted">
        {reference
          ? `Slips compared with baseline "${reference.label}" (${instantAsLocal(reference.saved_at)}).`
          : 'No baseline yet: save one to be told when a finish slips more than 2 days.'}
      </p>
      <label className="review-toggle">
        <input type="checkbox" checked={showAcknowledged} onChange={(e) => setShowAcknowledged(e.target.checked)} /> Show acknowledged
      </label>
      {triggers.length === 0 ? (
        <p className="muted">{data.loading ? 'Loading…' : 'Nothing needs review.'}</p>
      ) : (
        <ul className="review-list">
          {triggers.map((t) => (
            <TriggerItem key={t.key} trigger={t} onOpenJob={onOpenJob} jobHref={jobHref} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TriggerItem({ trigger: t, onOpenJob, jobHref }: { trigger: ReviewTrigger } & Props) {
  const [acking, setAcking] = useState(false);
  const [note, setNote] = useState('');
  const { announce } = useStatus();
  const { run } = useAction();
  const { invalidate } = useDataVersion();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      await api('review/acknowledge-trigger', { key: t.key, note });
      announce(`Acknowledged: ${t.title}`, 'success');
      setAcking(false);
      invalidate();
    });
  };
  return (
    <li className="tile review-item" data-trigger-kind={t.kind} data-acknowledged={t.acknowledged ? true : undefined}>
      <div className="review-item-head">
        <Chip tone={t.kind === 'absence' || t.kind === 'scope' ? 'warning' : 'danger'}>{t.title}</Chip>
        {t.raised_at && <span className="muted">{instantAsLocal(t.raised_at)}</span>}
      </div>
      <p>{t.message}</p>
      <p className="review-refs">
        {t.refs.slice(0, 12).map((ref) => (
          <a
            key={ref}
            href={jobHref(ref)}
            onClick={(e) => {
              if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
              e.preventDefault();
              onOpenJob(ref);
            }}
          >
            {ref}
          </a>
        ))}
        {t.refs.length > 12 && <span className="muted"> and {t.refs.length - 12} more</span>}
      </p>
      {t.acknowledged ? (
        <p className="muted">
          Acknowledged by {t.acknowledged.who}, {instantAsLocal(t.acknowledged.at)}: “{t.acknowledged.note}”
        </p>
      ) : acking ? (
        <form className="review-ack" onSubmit={(e) => void submit(e)}>
          <label>
            <span>Note</span>
            <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} required autoFocus />
          </label>
          <button type="submit">Acknowledge</button>
          <button type="button" onClick={() => setAcking(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setAcking(true)} aria-label={`Acknowledge ${t.title}: ${t.refs.slice(0, 3).join(', ')}`}>
          Acknowledge…
        </button>
      )}
    </li>
  );
}
