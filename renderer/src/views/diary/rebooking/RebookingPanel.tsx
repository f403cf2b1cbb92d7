// The rebooking queue in the diary: a region named "Rebooking", earliest deadline first. Each
// item is a draggable job card (pointer or keyboard, exactly like the Unscheduled tray's) with
// its "Rebook" badge and attempt count (on the card), its deadline and why it failed.
import { useFixedRows } from '../../../hooks/useFixedRows';
import type { JobView } from '../../../../../shared/api/views';
import { localDateTime } from '../../../lib/format';
import type { BoardState } from '../boardState';
import { UnplacedCard } from '../cards/UnplacedCard';
import { rebookText, type ActualsOverlay } from './actualsOverlay';
import './rebooking.css';

const ITEM_H = 84;

interface Props {
  board: BoardState;
  /** The jobs waiting to be rebooked, earliest deadline first. */
  jobs: readonly JobView[];
  overlay: ActualsOverlay;
}

export function RebookingPanel({ board, jobs, overlay }: Props) {
  const { scrollRef: listRef, virtualizer } = useFixedRows({ count: jobs.length, rowHeight: ITEM_H, overscan: 4 });
  if (jobs.length === 0) return null;
  return (
    <section className="framed-column rebooking" aria-label="Rebooking">
      <header className="tray-head">
        <h2>Rebooking</h2>
        <span className="tray-count">{jobs.length.toLocaleString('en-GB')}</span>
      </header>
      <div ref={listRef} className="rebooking-list" role="list" aria-label="Waiting to be rebooked, earliest deadline first">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const job = jobs[row.index]!;
            const item = overlay.byRef.get(job.ref)!;
            return (
              <div
                role="listitem"
                key={job.ref}
                className="rebooking-item"
                data-ref={job.ref}
                data-escalated={item.escalated || undefined}
                style={{ transform: `translateY(${row.start}px)`, height: ITEM_H }}
              >
                <UnplacedCard job={job} board={board} />
                <p className="rebooking-meta" title={`${rebookText(item)}; ${item.outcome} ${item.reason ?? ''}`.trim()}>
                  <span className="rebooking-deadline">{item.deadline ? `by ${localDateTime(item.deadline)}` : 'no SLA'}</span>
                  <span className="rebooking-attempts">{rebookText(item).replace(/^Rebook · /, '')}</span>
                  <span>
                    {item.outcome.replace('_', ' ').toLowerCase()}
                    {item.reason ? ` (${item.reason})` : ''}
                  </span>
                  {item.escalated && <span className="rebooking-owner">with the supervisor</span>}
                </p>
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
