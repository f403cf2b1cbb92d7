// The Unscheduled tray: every open job not in the diary, searchable, filterable and sortable,
// virtualized. Drop a card here to take it out of the diary.
import { useDeferredValue, useEffect, useMemo, useRef, useState, type MutableRefObject } from 'react';
import { useFixedRows } from '../../../hooks/useFixedRows';
import type { JobView } from '../../../../../shared/api/views';
import { readUrl, useUrlParam } from '../../../app/url';
import { focusWhenDrawn } from '../board/focusWhenDrawn';
import type { BoardState } from '../boardState';
import { useDragTarget, type DropTarget } from '../drag/dragStore';
import { UnplacedCard } from '../cards/UnplacedCard';
import { TrayCardActions } from '../../suggest/TrayCardActions';
import { TrayFilters } from './TrayFilters';
import { EMPTY_TRAY_FILTER, filterTray, type TrayFilter } from './trayFilter';
import './tray.css';

const ITEM_H = 66;
const isTray = (t: DropTarget | null) => t?.kind === 'tray';

interface Props {
  board: BoardState;
  /** The unscheduled jobs this tray lists (those waiting to be rebooked sit in their own region). */
  jobs: readonly JobView[];
  /** Whether a drop here would do anything (a placed job is being dragged). */
  dragging: 'placed' | 'unscheduled' | null;
  regionRef: MutableRefObject<HTMLElement | null>;
}

export function Tray({ board, jobs, dragging, regionRef }: Props) {
  const { now, store } = board;
  // `?trade=GAS` (e.g. from a roster shortfall) opens the tray filtered to that trade.
  const [filter, setFilter] = useState<TrayFilter>(() => ({
    ...EMPTY_TRAY_FILTER,
    trade: readUrl().trade ?? '',
  }));
  const deferred = useDeferredValue(filter);
  const rows = useMemo(() => filterTray(jobs, deferred, now), [jobs, deferred, now]);
  const over = useDragTarget(store, isTray);
  const { scrollRef: listRef, virtualizer } = useFixedRows({ count: rows.length, rowHeight: ITEM_H, overscan: 6 });
  // Global search jumped to an unscheduled job: scroll the list to its card and focus it.
  const jumpJob = useUrlParam('job');
  const jumped = useRef<string | null>(null);
  useEffect(() => {
    if (!jumpJob || jumped.current === jumpJob) return;
    const i = rows.findIndex((j) => j.ref === jumpJob);
    if (i < 0) return;
    jumped.current = jumpJob;
    virtualizer.scrollToIndex(i, { align: 'center' });
    return focusWhenDrawn(`.tray [data-job-ref="${CSS.escape(jumpJob)}"]`);
  }, [jumpJob, rows, virtualizer]);

  return (
    <section
      ref={regionRef}
      className="framed-column tray"
      aria-label="Unscheduled"
      data-drop={dragging === 'placed' ? 'ok' : undefined}
      data-hover={(over && dragging) || undefined}
    >
      <header className="tray-head">
        <h2>Unscheduled</h2>
        <span className="tray-count">
          {rows.length === jobs.length
            ? jobs.length.toLocaleString('en-GB')
            : `${rows.length.toLocaleString('en-GB')} of ${jobs.length.toLocaleString('en-GB')}`}
        </span>
      </header>
      <TrayFilters jobs={jobs} filter={filter} onChange={(patch) => setFilter((f) => ({ ...f, ...patch }))} />
      <div ref={listRef} className="tray-list" role="list" aria-label="Unscheduled jobs">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const job = rows[item.index]!;
            // Dropped on the board and being saved: its place stays empty until the tray reloads.
            const left = board.optimistic.leavesTray.has(job.ref);
            return (
              <div role="listitem" key={job.ref} className="tray-item" style={{ transform: `translateY(${item.start}px)`, height: ITEM_H }}>
                {!left && <UnplacedCard job={job} board={board} />}
                {!left && <TrayCardActions jobRef={job.ref} />}
              </div>
            );
          })}
        </div>
        {rows.length === 0 && (
          <p className="tray-empty muted">{jobs.length === 0 ? 'Every open job is in the diary.' : 'No unscheduled jobs match.'}</p>
        )}
      </div>
      {dragging === 'placed' && <div className="tray-drop-hint">Drop here to unschedule</div>}
    </section>
  );
}
