// Operatives × days. Rows are virtualized (only those in view are in the DOM), so 200
// operatives over four weeks scroll smoothly. The header carries the dates (bank holidays
// shaded and named) and the emergency-cover row, where any day short of its on-call minimum
// is flagged.
import { memo, useMemo, type CSSProperties } from 'react';
import { useFixedRows } from '../../hooks/useFixedRows';
import type { ApiOutput } from '../../../../shared/api/contract';
import type { GridDay } from '../../../../shared/api/areas/roster';
import type { Shift } from '../../../../shared/roster';
import { weekdayOf } from '../../../../shared/calendar';
import { shortDay } from '../../lib/format';
import { RosterCell } from './RosterCell';

type Grid = ApiOutput<'roster/get-grid'>;
export type GridOperative = Grid['operatives'][number];
type Gap = Grid['cover']['gaps'][number];

interface Props {
  grid: Grid;
  operatives: readonly GridOperative[];
  onEdit: (operativeId: string, date: string) => void;
  onDragHours: (operativeId: string, day: GridDay, shift: Shift) => void;
  onPattern: (operativeId: string) => void;
}

const ROW_HEIGHT = 44;
const HEAD_HEIGHT = 64;

export function RosterGrid({ grid, operatives, onEdit, onDragHours, onPattern }: Props) {
  const holidays = useMemo(() => new Map(grid.holidays.map((h) => [h.date, h.name])), [grid.holidays]);
  const gaps = useMemo(() => {
    const m = new Map<string, Gap[]>();
    for (const g of grid.cover.gaps) m.set(g.date, [...(m.get(g.date) ?? []), g]);
    return m;
  }, [grid.cover.gaps]);
  const style = useMemo<CSSProperties>(
    () => ({ gridTemplateColumns: `230px repeat(${grid.dates.length}, minmax(96px, 1fr))` }),
    [grid.dates.length],
  );
  const { scrollRef, virtualizer } = useFixedRows({
    count: operatives.length,
    rowHeight: ROW_HEIGHT,
    overscan: 8,
    headerHeight: HEAD_HEIGHT,
  });

  return (
    <div
      ref={scrollRef}
      className="rg-scroll"
      role="table"
      aria-label="Roster"
      aria-rowcount={operatives.length + 2}
      aria-colcount={grid.dates.length + 1}
      tabIndex={0}
    >
      <div className="rg-inner" style={{ minWidth: 230 + grid.dates.length * 96 }}>
        <div role="rowgroup" className="rg-head">
          <div role="row" aria-rowindex={1} className="rg-row" style={style}>
            <div role="columnheader" className="rg-corner">
              Operative
            </div>
            {grid.dates.map((d) => {
              const hol = holidays.get(d);
              const weekend = weekdayOf(d) === 'Sat' || weekdayOf(d) === 'Sun';
              return (
                <div
                  role="columnheader"
                  key={d}
                  className="rg-date"
                  data-date={d}
                  data-holiday={hol !== undefined || undefined}
                  data-weekend={weekend || undefined}
                  title={hol}
                >
                  <span>{shortDay(d)}</span>
                  {hol && <span className="rg-holiday-name">{hol}</span>}
                </div>
              );
            })}
          </div>
          <div role="row" aria-rowindex={2} className="rg-row rg-cover" style={style}>
            <div role="rowheader" className="rg-corner" title="Emergency cover: operatives of each listed trade on call">
              On-call cover
            </div>
            {grid.dates.map((d) => (
              <CoverCell key={d} date={d} gaps={gaps.get(d)} ruled={grid.cover.rules.length > 0} holiday={holidays.has(d)} />
            ))}
          </div>
        </div>
        <div role="rowgroup" className="rg-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const op = operatives[item.index]!;
            return (
              <Row
                key={op.id}
                op={op}
                index={item.index}
                top={item.start - HEAD_HEIGHT}
                style={style}
                onEdit={onEdit}
                onDragHours={onDragHours}
                onPattern={onPattern}
              />
            );
          })}
        </div>
      </div>
      {operatives.length === 0 && <p className="rg-empty muted">No operatives match.</p>}
    </div>
  );
}

function CoverCell({ date, gaps, ruled, holiday }: { date: string; gaps: Gap[] | undefined; ruled: boolean; holiday: boolean }) {
  if (!ruled) return <div role="cell" className="rg-cover-cell muted" data-holiday={holiday || undefined} />;
  const text = gaps?.map((g) => `${g.trade}: ${g.have} on call, ${g.need} needed`).join('; ');
  return (
    <div
      role="cell"
      className="rg-cover-cell"
      data-date={date}
      data-gap={gaps ? true : undefined}
      data-holiday={holiday || undefined}
      title={text ?? 'Every listed trade has enough on call'}
    >
      {!gaps ? (
        <span className="chip" data-tone="success">
          Covered
        </span>
      ) : gaps.length === 1 ? (
        <span className="chip" data-tone="danger">
          {gaps[0]!.trade} {gaps[0]!.have}/{gaps[0]!.need}
        </span>
      ) : (
        <span className="chip" data-tone="danger">
          {gaps.length} gaps
        </span>
      )}
      {text && <span className="roster-sr-only">{text}</span>}
    </div>
  );
}

interface RowProps {
  op: GridOperative;
  index: number;
  top: number;
  style: CSSProperties;
  onEdit: Props['onEdit'];
  onDragHours: Props['onDragHours'];
  onPattern: Props['onPattern'];
}

const Row = memo(function Row({ op, index, top, style, onEdit, onDragHours, onPattern }: RowProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 3}
      className={index % 2 ? 'rg-row rg-op rg-odd' : 'rg-row rg-op'}
      style={{ ...style, height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
      data-operative-id={op.id}
    >
      <div role="rowheader" className="rg-name">
        <span className="rg-name-text" title={op.name}>
          {op.name}
        </span>
        <span className="rg-meta muted">
          <span className="mono">{op.id}</span> · {op.trades.join(', ')}
        </span>
        <button
          type="button"
          className="rg-pattern"
          onClick={() => onPattern(op.id)}
          aria-label={`Patterns for ${op.name}`}
          title="Weekly pattern or rotation"
        >
          Pattern…
        </button>
      </div>
      {op.days.map((day) => (
        <RosterCell key={day.date} operativeId={op.id} operativeName={op.name} day={day} onEdit={onEdit} onDragHours={onDragHours} />
      ))}
    </div>
  );
});
