// A job's planning panel: its one owner and one-line definition of done (editable, undoable),
// and its finish-to-start links (add a predecessor with lag, remove either way). Used beside
// the dependency map and as a dialog from the jobs table.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { Chip, PriorityChip } from '../../components/Chip';
import { useResource } from '../../hooks/useResource';
import { duration } from '../../lib/format';
import { useJobActions } from './useJobActions';
import './job-panel.css';

interface Props {
  jobRef: string;
  /** Shown as a link to the map when the panel lives outside it. */
  mapHref?: string;
  onPickJob?: (ref: string) => void;
}

export function JobPanel({ jobRef: ref, mapHref, onPickJob }: Props) {
  const job = useResource(() => api('jobs/get', { ref }), [ref]);
  const links = useResource(() => api('dependencies/list', {}), []);
  const j = job.data;
  if (!j) return <p className="load-state muted">{job.error ? `Could not load ${ref}` : 'Loading…'}</p>;
  const preds = (links.data ?? []).filter((l) => l.succ_ref === ref);
  const succs = (links.data ?? []).filter((l) => l.pred_ref === ref);
  return (
    <div className="job-panel" data-job-ref={ref}>
      <div className="job-panel-head">
        <h2>{ref}</h2>
        <PriorityChip priority={j.priority} />
        <span className="muted">
          {j.trade} · {duration(j.duration_min)}
        </span>
        {mapHref && (
          <a href={mapHref} className="job-panel-map">
            Show on map
          </a>
        )}
      </div>
      <p className="job-panel-address muted">{j.address}</p>
      <OwnershipForm key={`${ref}:${j.owner}:${j.done_when}`} jobRef={ref} owner={j.owner} doneWhen={j.done_when} />
      <LinkList
        title="Depends on"
        refs={preds.map((l) => ({ ref: l.pred_ref, lag: l.lag_min, pred: l.pred_ref }))}
        succ={ref}
        onPickJob={onPickJob}
      />
      <LinkList
        title="Needed by"
        refs={succs.map((l) => ({ ref: l.succ_ref, lag: l.lag_min, pred: ref }))}
        succ={null}
        onPickJob={onPickJob}
      />
      <AddPredecessor succ={ref} />
    </div>
  );
}

function OwnershipForm({ jobRef: ref, owner, doneWhen }: { jobRef: string; owner: string; doneWhen: string }) {
  const [o, setO] = useState(owner);
  const [d, setD] = useState(doneWhen);
  const actions = useJobActions();
  const changed = o.trim() !== owner || d.trim() !== doneWhen;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void actions.setOwnership(ref, o, d);
  };
  return (
    <form className="job-panel-form" onSubmit={submit} aria-label={`Ownership of ${ref}`}>
      {(!owner || !doneWhen) && (
        <p className="job-panel-gaps">
          {!owner && <Chip tone="warning">No owner</Chip>} {!doneWhen && <Chip tone="warning">No done-when</Chip>}
        </p>
      )}
      <label>
        <span>Owner</span>
        <input value={o} onChange={(e) => setO(e.target.value)} maxLength={200} placeholder="One person" />
      </label>
      <label>
        <span>Done when</span>
        <input value={d} onChange={(e) => setD(e.target.value)} maxLength={500} placeholder="One line: what finished looks like" />
      </label>
      <div>
        <button type="submit" disabled={!changed}>
          Save owner and done-when
        </button>
      </div>
    </form>
  );
}

function LinkList({
  title,
  refs,
  succ,
  onPickJob,
}: {
  title: string;
  refs: { ref: string; lag: number; pred: string }[];
  /** The panel's job when it is the successor (the list of predecessors). */
  succ: string | null;
  onPickJob: ((ref: string) => void) | undefined;
}) {
  const actions = useJobActions();
  return (
    <section className="job-panel-links" aria-label={title}>
      <h3>{title}</h3>
      {refs.length === 0 ? (
        <p className="muted">None</p>
      ) : (
        <ul>
          {refs.map((r) => (
            <li key={r.ref}>
              {onPickJob ? (
                <button type="button" className="job-ref-link" onClick={() => onPickJob(r.ref)}>
                  {r.ref}
                </button>
              ) : (
                <span className="mono">{r.ref}</span>
              )}
              {r.lag > 0 && <span className="muted"> + {duration(r.lag)} lag</span>}
              <button
                type="button"
                className="job-panel-remove"
                aria-label={`Remove link ${r.pred} → ${succ ?? r.ref}`}
                onClick={() => void actions.removeLink(r.pred, succ ?? r.ref)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AddPredecessor({ succ }: { succ: string }) {
  const [pred, setPred] = useState('');
  const [lag, setLag] = useState('0');
  const listId = useId();
  const actions = useJobActions();
  const refs = useResource(() => api('jobs/list', { status: ['open', 'in_progress'] }), []);
  useEffect(() => {
    setPred('');
    setLag('0');
  }, [succ]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // Sent as typed: the backend names a negative or fractional lag precisely.
    if (await actions.addLink(pred.trim(), succ, Number(lag))) setPred('');
  };
  return (
    <form className="job-panel-add" onSubmit={(e) => void submit(e)} aria-label={`Add a predecessor to ${succ}`}>
      <label>
        <span>Depends on job</span>
        <input value={pred} onChange={(e) => setPred(e.target.value)} list={listId} placeholder="Ref, e.g. J-1001" required />
      </label>
      <datalist id={listId}>
        {(refs.data ?? []).map((j) => (
          <option key={j.ref} value={j.ref} />
        ))}
      </datalist>
      <label>
        <span>Lag (min)</span>
        <input type="number" value={lag} onChange={(e) => setLag(e.target.value)} step={1} className="job-panel-lag" />
      </label>
      <button type="submit">Add link</button>
    </form>
  );
}
