// What a job card shows, without the drag wiring (also drawn in the drag overlay).
import type { JobView } from '../../../../../shared/api/views';
import { formatClock } from '../../../../../shared/plan';
import { Icon } from '../../../components/Icon';
import { duration } from '../../../lib/format';
import { slaClock } from '../../jobs/sla';
import { JobBadges } from '../rebooking/JobBadges';

export type CardVariant = 'compact' | 'block' | 'tray' | 'overlay';

export interface CardTimes {
  start: number;
  end: number;
}

export type SlaMark = 'breach' | 'overdue' | 'due-soon' | 'ok' | 'none';

/** Red when the placement would finish after the deadline, else the clock against now. */
export function slaMark(job: JobView, now: string, breach: boolean): { mark: SlaMark; text: string } {
  const c = slaClock(job, now);
  if (breach) return { mark: 'breach', text: c.text ? `SLA breach · ${c.text}` : 'SLA breach' };
  if (c.state === 'overdue' || c.state === 'due-soon' || c.state === 'ok') return { mark: c.state, text: c.text };
  return { mark: 'none', text: 'No SLA' };
}

/** 'AM', 'PM', '10–12' (from '10:00-12:00'); '' for any time. */
export function windowShort(w: string): string {
  if (w === 'ALL') return '';
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(w);
  if (!m) return w;
  const part = (h: string, mm: string) => `${Number(h)}${mm === '00' ? '' : `:${mm}`}`;
  return `${part(m[1]!, m[2]!)}–${part(m[3]!, m[4]!)}`;
}

export function cardLabel(job: JobView, times: CardTimes | null, pinned: boolean, sla: { mark: SlaMark; text: string }): string {
  const parts = [job.ref, `${job.trade} ${job.min_proficiency}`, job.priority.toLowerCase()];
  if (times) parts.push(`${formatClock(times.start)} to ${formatClock(times.end)}`);
  if (job.window !== 'ALL') parts.push(`window ${job.window}`);
  if (pinned) parts.push('pinned');
  if (sla.mark !== 'none') parts.push(sla.text);
  return parts.join(', ');
}

interface Props {
  job: JobView;
  variant: CardVariant;
  times: CardTimes | null;
  pinned: boolean;
  sla: { mark: SlaMark; text: string };
}

export function CardContent({ job, variant, times, pinned, sla }: Props) {
  const loud = sla.mark === 'breach' || sla.mark === 'overdue';
  const slaBadge =
    loud || ((variant === 'tray' || variant === 'overlay') && sla.mark !== 'none') ? (
      <span className="card-sla" data-sla={sla.mark}>
        {sla.mark === 'breach' ? 'SLA ✕' : sla.text}
      </span>
    ) : null;
  const pin = pinned ? <Icon name="pin" size={11} className="card-pin" /> : null;

  if (variant === 'tray' || variant === 'overlay') {
    return (
      <>
        <span className="card-line">
          <span className="card-ref">{job.ref}</span>
          <span className="card-prio">{job.priority}</span>
          {pin}
          <JobBadges job={job} />
          {slaBadge}
        </span>
        <span className="card-line card-meta">
          <span className="card-trade">
            {job.trade} {job.min_proficiency}
          </span>
          <span>{job.area}</span>
          <span>{duration(job.duration_min)}</span>
          <span>{job.window === 'ALL' ? 'Any time' : job.window}</span>
          {times && <span className="card-time">{formatClock(times.start)}</span>}
        </span>
        {variant === 'tray' && <span className="card-line card-address">{job.address}</span>}
      </>
    );
  }
  if (variant === 'block') {
    return (
      <span className="card-line">
        <span className="card-ref">{job.ref}</span>
        {times && <span className="card-time">{formatClock(times.start)}</span>}
        <span className="card-trade">{job.trade}</span>
        {job.window !== 'ALL' && <span className="card-window">{windowShort(job.window)}</span>}
        {pin}
        <JobBadges job={job} />
        {slaBadge}
      </span>
    );
  }
  const win = windowShort(job.window);
  return (
    <span className="card-line">
      {times && <span className="card-time">{formatClock(times.start)}</span>}
      <span className="card-ref">{job.ref}</span>
      {/* Shown only when the day column is wide enough (container query in cards.css). */}
      {win ? <span className="card-window card-extra">{win}</span> : <span className="card-trade card-extra">{job.trade}</span>}
      {pin}
      <JobBadges job={job} />
      {slaBadge}
    </span>
  );
}
