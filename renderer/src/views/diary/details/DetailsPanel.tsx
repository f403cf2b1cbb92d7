// Details of the selected job: every field, notes, dependencies with where they sit, its
// placement with pin/unpin, and its history of moves. With several selected: the selection.
import type { ReactNode } from 'react';
import { formatClock } from '../../../../../shared/plan';
import { Icon } from '../../../components/Icon';
import { PriorityChip } from '../../../components/Chip';
import { duration, instantAsLocal, localDateTime } from '../../../lib/format';
import { slaClock } from '../../jobs/sla';
import type { BoardModel } from '../boardModel';
import { JobHistory } from './JobHistory';
import { WhyThisOperative } from './WhyThisOperative';
import { dayLabel } from '../moves/moveMessages';
import './details.css';
import { VisitEvidence } from '../rebooking/VisitEvidence';

interface Props {
  model: BoardModel;
  selection: readonly string[];
  now: string;
  onClose: () => void;
  onPin: (ref: string, pinned: boolean) => void;
  onUnschedule: (ref: string) => void;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children || <span className="muted">—</span>}</dd>
    </>
  );
}

function placementText(model: BoardModel, ref: string): string {
  const e = model.entries.get(ref);
  if (!e) return 'Unscheduled';
  const op = model.operativeById.get(e.operative_id);
  const visit = op && model.dates.includes(e.date) ? model.index.basePlan(op, e.date).visits.find((v) => v.ref === ref) : undefined;
  const times = visit ? ` · ${formatClock(visit.start_min)}–${formatClock(visit.end_min)}` : '';
  return `${op?.name ?? e.operative_id} · ${dayLabel(e.date)}${times}`;
}

export function DetailsPanel({ model, selection, now, onClose, onPin, onUnschedule }: Props) {
  if (selection.length > 1) {
    return (
      <section className="details" aria-label="Selected jobs">
        <header className="details-head">
          <h2>{selection.length} jobs selected</h2>
          <button type="button" className="icon-button" aria-label="Clear selection" onClick={onClose}>
            <Icon name="close" />
          </button>
        </header>
        <p className="details-hint">Drag any of them to move all {selection.length} in one step (one undo).</p>
        <ul className="details-list">
          {selection.map((r) => (
            <li key={r}>
              <b>{r}</b> <span className="muted">{placementText(model, r)}</span>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const job = model.jobs.get(selection[0] ?? '');
  if (!job) return null;
  const entry = model.entries.get(job.ref);
  return (
    <section className="details" aria-label={`Job ${job.ref} details`}>
      <header className="details-head">
        <h2>{job.ref}</h2>
        <PriorityChip priority={job.priority} />
        <button type="button" className="icon-button" aria-label="Close details" onClick={onClose}>
          <Icon name="close" />
        </button>
      </header>
      <div className="details-placement" data-placed={entry ? true : undefined}>
        <span>{placementText(model, job.ref)}</span>
        {entry && (
          <span className="details-actions">
            <button type="button" aria-pressed={entry.pinned} onClick={() => onPin(job.ref, !entry.pinned)}>
              <Icon name="pin" /> {entry.pinned ? 'Unpin' : 'Pin'}
            </button>
            <button type="button" onClick={() => onUnschedule(job.ref)}>
              Unschedule
            </button>
          </span>
        )}
      </div>
      <dl className="details-fields">
        <Field label="Address">{job.address}</Field>
        <Field label="Area">{job.area}</Field>
        <Field label="Trade">
          {job.trade} ≥ {job.min_proficiency}
        </Field>
        <Field label="Competences">{job.competences.join(', ')}</Field>
        <Field label="Duration">{duration(job.duration_min)}</Field>
        <Field label="Window">{job.window === 'ALL' ? 'Any time in the shift' : job.window}</Field>
        <Field label="SLA deadline">
          {job.sla_deadline ? `${localDateTime(job.sla_deadline)} (${slaClock(job, now).text})` : 'No SLA'}
        </Field>
        <Field label="Raised">{instantAsLocal(job.raised_at)}</Field>
        <Field label="Status">{job.status.replace('_', ' ')}</Field>
        <Field label="Impact / effort">
          {job.impact} / {job.effort}
        </Field>
        <Field label="Owner">{job.owner}</Field>
        <Field label="Done when">{job.done_when}</Field>
        <Field label="Depends on">
          {job.depends_on.length > 0 &&
            job.depends_on.map((d) => (
              <div key={d.ref}>
                <b>{d.ref}</b>
                {d.lag_min ? ` +${duration(d.lag_min)}` : ''} <span className="muted">{placementText(model, d.ref)}</span>
              </div>
            ))}
        </Field>
        <Field label="Needed by">
          {(model.world.successorsOf.get(job.ref) ?? []).map((d) => (
            <div key={d.succ_ref}>
              <b>{d.succ_ref}</b> <span className="muted">{placementText(model, d.succ_ref)}</span>
            </div>
          ))}
        </Field>
      </dl>
      <h3 className="details-sub">Notes</h3>
      <p className="details-notes">{job.notes || <span className="muted">No notes.</span>}</p>
      <VisitEvidence key={`visits-${job.ref}`} jobRef={job.ref} address={job.address} />
      <h3 className="details-sub">History</h3>
      {entry && <WhyThisOperative key={`why-${job.ref}`} jobRef={job.ref} />}
      <JobHistory key={job.ref} jobRef={job.ref} />
    </section>
  );
}
