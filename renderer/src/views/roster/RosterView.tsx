// Roster: who works when, who is on call, who is away — operatives × days, edited in place
// (click a day for the form, drag the hours bar), weekly patterns and rotations, absences,
// emergency cover, and capacity against demand for the same weeks. Changes that leave placed
// jobs uncovered are listed with the action to send them back to the tray.
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { api } from '../../api/client';
import { addDays, isIsoDate } from '../../../../shared/calendar';
import type { GridDay } from '../../../../shared/api/areas/roster';
import type { Absence } from '../../../../shared/domain/types';
import type { Shift } from '../../../../shared/roster';
import type { UrlPatch } from '../../app/url';
import { FilterInput } from '../../components/FilterInput';
import { LoadState, RowCount, ViewHeader } from '../../components/ViewHeader';
import { useResource } from '../../hooks/useResource';
import { dateSpan, longDate } from '../../lib/format';
import { todayLocal } from '../../lib/now';
import { AbsenceDialog } from './AbsenceDialog';
import { AbsencesPanel } from './AbsencesPanel';
import { CapacitySection } from './CapacitySection';
import { CoverDialog } from './CoverDialog';
import { DayEditor } from './DayEditor';
import { DropoutsPanel } from './DropoutsPanel';
import { PatternDialog } from './PatternDialog';
import { RosterCsvDialog } from './RosterCsvDialog';
import { RosterGrid, type GridOperative } from './RosterGrid';
import { SPAN_WEEKS, rangeFor, type SpanWeeks } from './rosterRange';
import { shortHours } from './cellText';
import { dropoutSentence, useRosterActions } from './useRosterActions';
import './roster.css';
import './roster-panels.css';
import './roster-dialogs.css';
import { Options } from '../../components/Options';

interface Props {
  date: string;
  onNavigate: (patch: UrlPatch) => void;
}

type Open =
  | { kind: 'day'; operativeId: string; date: string }
  | { kind: 'pattern'; operativeIds: string[] }
  | { kind: 'cover' }
  | { kind: 'csv' }
  | { kind: 'absence'; absence: Absence | null; operativeId?: string };

const NONE: readonly GridOperative[] = [];

export function RosterView({ date, onNavigate }: Props) {
  const [weeks, setWeeks] = useState<SpanWeeks>(2);
  const [text, setText] = useState('');
  const [trade, setTrade] = useState('');
  const [open, setOpen] = useState<Open | null>(null);
  const deferred = useDeferredValue(text);
  const range = useMemo(() => rangeFor(date, weeks), [date, weeks]);
  const run = useRosterActions();

  const grid = useResource(() => api('roster/get-grid', { from: range.from, to: range.to }), [range.from, range.to]);
  const absences = useResource(() => api('absences/list', {}), []);
  const dropouts = useResource(() => api('roster/list-dropouts', {}), []);

  const all = grid.data?.operatives ?? NONE;
  const names = useMemo(() => new Map(all.map((o) => [o.id, o.name])), [all]);
  const trades = useMemo(() => [...new Set(all.flatMap((o) => o.trades))].sort(), [all]);
  const areas = useMemo(() => [...new Set(all.flatMap((o) => o.areas))].sort(), [all]);
  const shown = useMemo(() => {
    const words = deferred.toLowerCase().split(/\s+/).filter(Boolean);
    return all.filter(
      (o) =>
        (!trade || o.trades.includes(trade)) && words.every((w) => `${o.id} ${o.name} ${o.trades.join(' ')}`.toLowerCase().includes(w)),
    );
  }, [all, deferred, trade]);
  const visibleIds = useMemo(() => new Set(shown.map((o) => o.id)), [shown]);
  const inRange = useMemo(
    () =>
      (absences.data ?? [])
        .filter((a) => a.to >= range.from && a.from <= range.to && visibleIds.has(a.operative_id))
        .sort((a, b) => a.from.localeCompare(b.from)),
    [absences.data, range.from, range.to, visibleIds],
  );

  const onEdit = useCallback((operativeId: string, d: string) => setOpen({ kind: 'day', operativeId, date: d }), []);
  const onPattern = useCallback((operativeId: string) => setOpen({ kind: 'pattern', operativeIds: [operativeId] }), []);
  const onDragHours = useCallback(
    (operativeId: string, day: GridDay, shift: Shift) =>
      void run(
        () =>
          api('roster/set-day', {
            operative_id: operativeId,
            date: day.date,
            day: { work: shift, on_call: day.on_call ? (day.on_call_hours ?? true) : false },
          }),
        (r) =>
          `Roster saved: ${names.get(operativeId) ?? operativeId}, ${longDate(day.date)} ${shortHours(shift)}.${dropoutSentence(r.dropouts)}`,
      ),
    [run, names],
  );
  const openDiary = useCallback(
    // `trade` rides along for the diary to filter its operatives and tray by.
    (d: string, t: string) => onNavigate({ view: 'diary', date: d, trade: t }),
    [onNavigate],
  );

  const editing = open?.kind === 'day' ? all.find((o) => o.id === open.operativeId) : undefined;
  const editingDay = editing && open?.kind === 'day' ? editing.days.find((d) => d.date === open.date) : undefined;
  const editAbsence = (id: number) => setOpen({ kind: 'absence', absence: (absences.data ?? []).find((a) => a.id === id) ?? null });

  return (
    <section className="view roster-view" aria-label="Roster view">
      <ViewHeader title="Roster">
        <span className="week-label">{dateSpan(range.from, range.to)}</span>
        <span className="button-group">
          <button type="button" onClick={() => onNavigate({ date: addDays(date, -7 * weeks) })}>
            Previous
          </button>
          <button type="button" onClick={() => onNavigate({ date: todayLocal() })}>
            This week
          </button>
          <button type="button" onClick={() => onNavigate({ date: addDays(date, 7 * weeks) })}>
            Next
          </button>
        </span>
        <label className="select-filter">
          <span>Weeks</span>
          <select aria-label="Weeks" value={weeks} onChange={(e) => setWeeks(Number(e.target.value) as SpanWeeks)}>
            <Options items={SPAN_WEEKS} />
          </select>
        </label>
        <label className="select-filter">
          <span>Week of</span>
          <input type="date" value={date} onChange={(e) => isIsoDate(e.target.value) && onNavigate({ date: e.target.value })} />
        </label>
        <FilterInput label="Filter operatives" hint="Name, id or trade" value={text} onChange={setText} />
        <label className="select-filter">
          <span>Trade</span>
          <select aria-label="Trade" value={trade} onChange={(e) => setTrade(e.target.value)}>
            <option value="">All</option>
            <Options items={trades} />
          </select>
        </label>
        <button
          type="button"
          disabled={shown.length === 0}
          onClick={() => setOpen({ kind: 'pattern', operativeIds: shown.length <= 50 ? shown.map((o) => o.id) : [] })}
        >
          Patterns…
        </button>
        <button type="button" disabled={!grid.data} onClick={() => setOpen({ kind: 'cover' })}>
          Emergency cover…
        </button>
        <button type="button" onClick={() => setOpen({ kind: 'csv' })}>
          roster.csv…
        </button>
        <RowCount shown={shown.length} total={all.length} noun="operatives" />
      </ViewHeader>
      <LoadState loading={grid.loading && !grid.data} error={grid.error} onRetry={grid.reload} />
      {dropouts.data && <DropoutsPanel dropouts={dropouts.data} names={names} run={run} />}
      {grid.data && (
        <>
          <div className="rg-wrap" style={{ height: `min(62vh, ${shown.length * 44 + 68}px)` }}>
            <RosterGrid grid={grid.data} operatives={shown} onEdit={onEdit} onDragHours={onDragHours} onPattern={onPattern} />
          </div>
          <Legend />
          <div className="roster-lower">
            <CapacitySection from={range.from} to={range.to} areas={areas} trade={trade} onOpenDay={openDiary} />
            <AbsencesPanel
              absences={inRange}
              names={names}
              run={run}
              onAdd={() => setOpen({ kind: 'absence', absence: null })}
              onEdit={(a) => setOpen({ kind: 'absence', absence: a })}
            />
          </div>
        </>
      )}
      {grid.data && all.length === 0 && <p className="load-state muted">No operatives yet. Use “Import CSV…” to load operatives.csv.</p>}
      {open?.kind === 'day' && editing && editingDay && (
        <DayEditor operative={editing} day={editingDay} run={run} onClose={() => setOpen(null)} onEditAbsence={editAbsence} />
      )}
      {open?.kind === 'pattern' && grid.data && (
        <PatternDialog
          operatives={all}
          initial={open.operativeIds}
          from={range.from}
          patterns={grid.data.patterns}
          run={run}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'csv' && <RosterCsvDialog from={range.from} to={range.to} run={run} onClose={() => setOpen(null)} />}
      {open?.kind === 'cover' && grid.data && (
        <CoverDialog rules={grid.data.cover.rules} trades={trades} run={run} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'absence' && all.length > 0 && (
        <AbsenceDialog
          operatives={all}
          absence={open.absence}
          defaults={{ operative_id: open.operativeId ?? shown[0]?.id ?? all[0]!.id, from: range.from }}
          run={run}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}

function Legend() {
  return (
    <p className="roster-legend muted" aria-label="Legend">
      <span className="lg" data-state="work">
        Working
      </span>
      <span className="lg" data-state="off">
        Off
      </span>
      <span className="lg" data-state="absent">
        Absent
      </span>
      <span className="lg" data-state="holiday">
        Bank holiday
      </span>
      <span className="lg lg-call">OC = on call</span>
      <span className="lg lg-override">Italic = changed for that day</span>
      <span>Click a day to edit it; drag the ends of its hours bar to change start or end.</span>
    </p>
  );
}
