// The card under the pointer while dragging (dnd-kit DragOverlay): the job, how many are moving,
// and the verdict for where it is now, with the SLA marked red when that placement would breach.
import type { JobView } from '../../../../../shared/api/views';
import { Icon } from '../../../components/Icon';
import { CardContent, slaMark } from '../cards/CardContent';
import { STATUS_WORD, type DragSession } from './dragSession';
import { useDragTarget, type DragStore, type DropTarget } from './dragStore';
import '../cards/cards.css';

const key = (t: DropTarget | null) => (t?.kind === 'cell' ? `${t.operativeId}|${t.date}|${t.index ?? ''}` : (t?.kind ?? ''));

export function DragPreview({ session, store, now }: { session: DragSession; store: DragStore; now: string }) {
  const k = useDragTarget(store, key);
  const t = store.get();
  const job: JobView = session.primary;
  let status: string | undefined;
  let breach = false;
  let times = null as { start: number; end: number } | null;
  if (k && t?.kind === 'cell') {
    const op = session.model.operativeById.get(t.operativeId);
    if (op) {
      const v = session.explain(op, t.date, t.index);
      status = v.status;
      breach = v.violations.some((x) => x.ruleId === 'sla-breach');
      if (v.visit) times = { start: v.visit.start_min, end: v.visit.end_min };
    }
  }
  const sla = slaMark(job, now, breach);
  return (
    <div
      className="job-card job-card-overlay"
      data-priority={job.priority.toLowerCase()}
      data-sla={sla.mark}
      data-status={status}
      aria-hidden="true"
    >
      <CardContent job={job} variant="overlay" times={times} pinned={session.model.entries.get(job.ref)?.pinned ?? false} sla={sla} />
      {status && (
        <span className="overlay-status" data-status={status}>
          <Icon name={status === 'blocked' ? 'block' : status === 'warn' ? 'warn' : 'check'} size={11} /> {STATUS_WORD[status as 'ok']}
        </span>
      )}
      {session.refs.length > 1 && <span className="overlay-count">+{session.refs.length - 1}</span>}
    </div>
  );
}
