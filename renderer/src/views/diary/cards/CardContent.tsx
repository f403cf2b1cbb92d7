// What a job card shows, without the drag wiring (also drawn in the drag overlay).
import type { JobView } from '../../../../../shared/api/views';
import { formatClock } from '../../../../../shared/plan';
import { Icon } from '../../../components/Icon';
import { duration } from '../../../lib/format';
import { slaClock } from '../../jobs/sla';
import { JobBadges } from '../rebooking/JobBadges';
import type { CardLock } from '../boardModel';
import { LockMark, lockLabel } from './LockMark';

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

/** Priority as a word short enough for a week card ('EMERG', 'URG', 'ROUT', 'PLAN'; others cut to 5). */
export function priorityShort(priority: string): string {
  const known: Record<string, string> = { EMERGENCY: 'EMERG', URGENT: 'URG', ROUTINE: 'ROUT', PLANNED: 'PLAN' };
  return known[priority] ?? priority.slice(0, 5);
}

/** The first line of an address ('3 Cardigan Lane' from '3 Cardigan Lane, Leeds LS4 2LE'). */
export function shortAddress(address: string): string {
  return address.split(',')[0]!.trim();
}

export function cardLabel(
  job: JobView,
  times: CardTimes | null,
  pinned: boolean,
  sla: { mark: SlaMark; text: string },
  lock: CardLock | null = null,
): string {
  const parts = [job.ref, `${job.trade} ${job.min_proficiency}`, job.priority.toLowerCase()];
  if (times) parts.push(`${formatClock(times.start)} to ${formatClock(times.end)}`);
  if (job.window !== 'ALL') parts.push(`window ${job.window}`);
  if (pinned) parts.push('pinned');
  if (lock) parts.push(lockLabel(lock.lock));
  if (sla.mark !== 'none') parts.push(sla.text);
  return parts.join(', ');
}

interface Props {
  job: JobView;
  variant: CardVariant;
  times: CardTimes | null;
  pinned: boolean;
  sla: { mark: SlaMark; text: string };
  lock?: CardLock | null;
}

export function CardContent({ job, variant, times, pinned, sla, lock = null }: Props) {
  const loud = sla.mark === 'breach' || sla.mark === 'overdue';
  const slaBadge =
    loud || ((variant === 'tray' || variant === 'overlay') && sla.mark !== 'none') ? (
      <span className="card-sla" data-sla={sla.mark}>
        {sla.mark === 'breach' ? 'SLA ✕' : sla.text}
      </span>
    ) : null;
  const pin = (
    <>
      {pinned && <Icon name="pin" size={11} className="card-pin" />}
      {lock && <LockMark lock={lock} />}
    </>
  );

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
        <span className="card-prio" title={job.priority}>
          {priorityShort(job.priority)}
        </span>
        {times && <span className="card-time">{formatClock(times.start)}</span>}
        <span className="card-trade">{job.trade}</span>
        {job.window !== 'ALL' && <span className="card-window">{windowShort(job.window)}</span>}
        <span className="card-addr">{shortAddress(job.address)}</span>
        {pin}
        <JobBadges job={job} />
        {slaBadge}
      </span>
    );
  }
  // Week card, two lines: time, ref and priority (colour on the edge, word here); then trade, window
  // and the short address. In narrow columns (container query in cards.css) the time moves down.
  const win = windowShort(job.window);
  return (
    <>
      <span className="card-line">
        {times && <span className="card-time card-time-top">{formatClock(times.start)}</span>}
        <span className="card-ref">{job.ref}</span>
        <span className="card-prio card-prio-word" title={job.priority}>
          {priorityShort(job.priority)}
        </span>
        <span className="card-prio card-prio-letter" title={job.priority} aria-hidden="true">
          {job.priority.slice(0, 1)}
        </span>
        {pin}
        <JobBadges job={job} />
        {slaBadge}
      </span>
      <span className="card-line card-sub">
        {times && <span className="card-time card-time-sub">{formatClock(times.start)}</span>}
        <span className="card-trade">{job.trade}</span>
        {win && <span className="card-window">{win}</span>}
        <span className="card-addr">{shortAddress(job.address)}</span>
      </span>
    </>
  );
}
