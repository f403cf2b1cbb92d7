// Matrix: open jobs on the impact/effort 2x2. Drag a card to another quadrant (pointer or
// keyboard) to rescore it, or fine-tune scores on the card; both persist and are undoable.
// Within a quadrant cards follow matrixOrder — the order the tray and scheduler use too.
import { useEffect, useMemo, useState } from 'react';
import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { api } from '../../api/client';
import type { JobView } from '../../../../shared/api/views';
import {
  DEFAULT_MATRIX_SETTINGS,
  QUADRANTS,
  QUADRANT_LABELS,
  matrixComparator,
  quadrantOf,
  rescoreFor,
  type Quadrant,
  type Scored,
} from '../../../../shared/matrix';
import { FilterInput, SelectFilter } from '../../components/FilterInput';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { LoadState, RowCount, ViewHeader } from '../../components/ViewHeader';
import { useDataVersion } from '../../hooks/useDataVersion';
import { useResource } from '../../hooks/useResource';
import { ChartsSection } from '../charts/ChartsSection';
import { ArchiveDialog } from './ArchiveDialog';
import { CardHead } from './MatrixCard';
import { QuadrantRegion } from './QuadrantRegion';
import { quadrantCoordinates } from './keyboardQuadrants';
import { matrixAnnouncements, MATRIX_INSTRUCTIONS } from './announcements';
import './matrix.css';
import { PairOptions } from '../../components/Options';

const NO_JOBS: readonly JobView[] = [];
const SCOPES = [
  { value: 'unscheduled', label: 'Unscheduled only' },
  { value: 'placed', label: 'Placed only' },
];
const HIGH_OPTIONS = [2, 3, 4, 5].map((h) => ({ value: String(h), label: `${h}–5` }));

// The pointer decides while dragging with a mouse; the card's centre does for the keyboard.
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : closestCenter(args);
};

/** The axis labels around the grid (the quadrants carry their own accessible names). */
const AXES = [
  ['effort-low', 'Low effort'],
  ['effort-high', 'High effort'],
  ['impact-high', 'High impact'],
  ['impact-low', 'Low impact'],
] as const;

export function MatrixView({ date }: { date: string }) {
  const jobs = useResource(() => api('jobs/list', { status: ['open', 'in_progress'] }), []);
  const settingsRes = useResource(() => api('matrix/get-settings', {}), []);
  const settings = settingsRes.data ?? DEFAULT_MATRIX_SETTINGS;
  const { announce, report } = useStatus();
  const { run } = useAction();
  const { invalidate } = useDataVersion();
  const [pending, setPending] = useState<ReadonlyMap<string, Scored>>(new Map());
  const [text, setText] = useState('');
  const [scope, setScope] = useState('');
  const [dragging, setDragging] = useState<JobView | null>(null);
  const [archiving, setArchiving] = useState<JobView | null>(null);

  // Fresh data from the backend replaces the optimistic scores shown since the drop.
  useEffect(() => setPending(new Map()), [jobs.data]);

  const all = jobs.data ?? NO_JOBS;
  const shown = useMemo(() => {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    const cmp = matrixComparator<JobView>({ settings });
    return all
      .map((j) => (pending.has(j.ref) ? { ...j, ...pending.get(j.ref)! } : j))
      .filter((j) => (scope === 'unscheduled' ? !j.placement : scope === 'placed' ? !!j.placement : true))
      .filter((j) => words.every((w) => `${j.ref} ${j.address} ${j.trade} ${j.owner} ${j.priority}`.toLowerCase().includes(w)))
      .sort(cmp);
  }, [all, pending, text, scope, settings]);
  const byQuadrant = useMemo(() => {
    const out: Record<Quadrant, JobView[]> = { 'do-first': [], schedule: [], defer: [], drop: [] };
    for (const j of shown) out[quadrantOf(j, settings)].push(j);
    return out;
  }, [shown, settings]);

  const save = async (job: JobView, next: Scored, what: string) => {
    setPending((p) => new Map(p).set(job.ref, next));
    try {
      await api('jobs/update-scores', { ref: job.ref, impact: next.impact, effort: next.effort });
      announce(`${job.ref} ${what}: impact ${next.impact}, effort ${next.effort}`, 'success', { undoable: true });
      invalidate();
    } catch (err) {
      setPending((p) => {
        const m = new Map(p);
        m.delete(job.ref);
        return m;
      });
      report(err);
    }
  };

  const onScore = (ref: string, scores: { impact?: number; effort?: number }) => {
    const job = shown.find((j) => j.ref === ref);
    if (!job) return;
    const next = { impact: scores.impact ?? job.impact, effort: scores.effort ?? job.effort };
    void save(job, next, `now in ${QUADRANT_LABELS[quadrantOf(next, settings)]}`);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    const job = shown.find((j) => j.ref === active.id);
    if (!job || !over) return;
    const target = over.id as Quadrant;
    if (quadrantOf(job, settings) === target) return;
    void save(job, rescoreFor(job, target, settings), `moved to ${QUADRANT_LABELS[target]}`);
  };

  const setHigh = (high: number) =>
    run(async () => {
      await api('matrix/set-settings', { high });
      announce(`High now means ${high}–5 on both scales`, 'success');
      invalidate();
    });

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: quadrantCoordinates }),
  );

  return (
    <section className="view matrix-view" aria-label="Matrix view">
      <ViewHeader title="Matrix">
        <FilterInput label="Filter matrix" hint="Ref, address, trade, owner" value={text} onChange={setText} />
        <SelectFilter label="Show" anyLabel="All open jobs" value={scope} onChange={setScope} options={SCOPES} />
        <label className="select-filter">
          <span>High means</span>
          <select value={settings.high} onChange={(e) => void setHigh(Number(e.target.value))}>
            <PairOptions options={HIGH_OPTIONS} />
          </select>
        </label>
        <RowCount shown={shown.length} total={all.length} noun="open jobs" />
      </ViewHeader>
      <p className="view-note muted">
        Prioritise by impact/effort, not urgency alone. Drag a card by its handle to another quadrant to rescore it (or focus the handle,
        press Space, choose with the arrow keys, Space again); fine-tune scores on the card. Cards are in the order the tray and the
        scheduler use.
      </p>
      <LoadState loading={jobs.loading && !jobs.data} error={jobs.error} onRetry={jobs.reload} />
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        onDragStart={({ active }: DragStartEvent) => setDragging(shown.find((j) => j.ref === active.id) ?? null)}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragging(null)}
        accessibility={{ announcements: matrixAnnouncements, screenReaderInstructions: { draggable: MATRIX_INSTRUCTIONS } }}
      >
        <div className="matrix-grid">
          {AXES.map(([axis, text]) => (
            <span key={axis} className={`matrix-axis matrix-axis-${axis}`} aria-hidden="true">
              {text}
            </span>
          ))}
          {QUADRANTS.map((q) => (
            <QuadrantRegion key={q} quadrant={q} jobs={byQuadrant[q]} onScore={onScore} onArchive={setArchiving} />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>
          {dragging && (
            <div className="tile matrix-card matrix-card-overlay">
              <CardHead job={dragging} />
            </div>
          )}
        </DragOverlay>
      </DndContext>
      <ChartsSection date={date} counts={QUADRANTS.map((q) => ({ quadrant: QUADRANT_LABELS[q], jobs: byQuadrant[q].length }))} />
      {archiving && <ArchiveDialog job={archiving} onClose={() => setArchiving(null)} />}
    </section>
  );
}
