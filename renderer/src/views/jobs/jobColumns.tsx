// Column definitions for the Jobs table: how each field is shown and how it sorts.
import type { JobView } from '../../../../shared/api/views';
import { PRIORITIES } from '../../../../shared/domain/schemas';
import { parseInstant } from '../../../../shared/sla';
import { Chip, PriorityChip, type ChipTone } from '../../components/Chip';
import { openKeyColumn } from '../../components/openKeyColumn';
import type { Column } from '../../components/VirtualTable';
import { duration, instantAsLocal, shortDay } from '../../lib/format';
import { SlaCell } from './SlaCell';

const STATUS_TONE: Record<string, ChipTone> = {
  open: 'info',
  in_progress: 'warning',
  done: 'success',
  cancelled: 'muted',
  archived: 'muted',
};

/** Sort priorities by severity, not alphabetically; unknown categories after the standard four. */
function priorityRank(p: string): number {
  const i = (PRIORITIES as readonly string[]).indexOf(p);
  return i === -1 ? PRIORITIES.length : i;
}

function raisedMs(iso: string): number | null {
  try {
    return parseInstant(iso);
  } catch {
    return null;
  }
}

function placedText(j: JobView, names: ReadonlyMap<string, string>): string {
  const p = j.placement;
  if (!p) return 'Unscheduled';
  return `${names.get(p.operative_id) ?? p.operative_id} · ${shortDay(p.date)}${p.start ? ` ${p.start}` : ''}`;
}

function dependsText(j: JobView): string {
  return j.depends_on.map((l) => (l.lag_min ? `${l.ref} +${duration(l.lag_min)}` : l.ref)).join(', ');
}

/** Optional extras: deadline-realism flags (ref → earliest finish its chain allows) and opening a job's panel. */
export interface JobColumnExtras {
  unrealistic?: ReadonlyMap<string, string>;
  onOpen?: (ref: string) => void;
}

export function jobColumns(now: string, names: ReadonlyMap<string, string>, extras: JobColumnExtras = {}): Column<JobView>[] {
  const { unrealistic, onOpen } = extras;
  return [
    openKeyColumn({ id: 'ref', header: 'Ref', width: 72, key: (j) => j.ref, onOpen }),
    {
      id: 'priority',
      header: 'Priority',
      width: 106,
      render: (j) => <PriorityChip priority={j.priority} />,
      sortValue: (j) => priorityRank(j.priority),
    },
    {
      id: 'trade',
      header: 'Trade',
      width: 82,
      render: (j) => `${j.trade} ≥${j.min_proficiency}`,
      title: (j) => (j.competences.length ? `Needs ${j.competences.join(', ')}` : undefined),
      sortValue: (j) => j.trade,
    },
    { id: 'area', header: 'Area', width: 54, render: (j) => j.area, sortValue: (j) => j.area },
    {
      id: 'address',
      header: 'Address',
      width: 92,
      grow: 1,
      render: (j) => j.address,
      title: (j) => j.address,
      sortValue: (j) => j.address,
    },
    { id: 'raised', header: 'Raised', width: 128, render: (j) => instantAsLocal(j.raised_at), sortValue: (j) => raisedMs(j.raised_at) },
    {
      id: 'sla',
      header: 'SLA deadline',
      width: unrealistic?.size ? 272 : 226,
      render: (j) => (
        <span className="cell-stack">
          <SlaCell job={j} now={now} />
          {unrealistic?.has(j.ref) && (
            <Chip tone="danger" title={`Deadline unrealistic: its chain cannot finish before ${unrealistic.get(j.ref)!.replace('T', ' ')}`}>
              Unrealistic
            </Chip>
          )}
        </span>
      ),
      title: (j) =>
        unrealistic?.has(j.ref)
          ? `Deadline unrealistic: its chain cannot finish before ${unrealistic.get(j.ref)!.replace('T', ' ')}`
          : undefined,
      sortValue: (j) => j.sla_deadline,
    },
    {
      id: 'duration',
      header: 'Duration',
      width: 78,
      align: 'end',
      render: (j) => duration(j.duration_min),
      sortValue: (j) => j.duration_min,
    },
    { id: 'window', header: 'Window', width: 88, render: (j) => j.window, sortValue: (j) => j.window },
    {
      id: 'status',
      header: 'Status',
      width: 80,
      render: (j) => <Chip tone={STATUS_TONE[j.status] ?? 'neutral'}>{j.status.replace('_', ' ')}</Chip>,
      sortValue: (j) => j.status,
    },
    {
      id: 'placed',
      header: 'Placed',
      width: 132,
      render: (j) => (j.placement ? placedText(j, names) : <span className="muted">Unscheduled</span>),
      title: (j) => (j.placement?.pinned ? `${placedText(j, names)} (pinned)` : placedText(j, names)),
      sortValue: (j) => (j.placement ? `${j.placement.date}T${j.placement.start ?? '99:99'}` : null),
    },
    {
      id: 'owner',
      header: 'Owner',
      width: 104,
      render: (j) => <OwnerCell job={j} />,
      title: (j) => (j.done_when ? `Done when: ${j.done_when}` : 'No definition of done'),
      sortValue: (j) => j.owner,
    },
    { id: 'depends', header: 'Depends on', width: 100, render: dependsText, title: dependsText, sortValue: (j) => dependsText(j) },
  ];
}

/** One owner and a definition of done per deliverable: flag what is missing, visibly. */
function OwnerCell({ job }: { job: JobView }) {
  return (
    <span className="cell-stack">
      {job.owner ? <span>{job.owner}</span> : <Chip tone="warning">No owner</Chip>}
      {!job.done_when && <Chip tone="warning">No done-when</Chip>}
    </span>
  );
}
