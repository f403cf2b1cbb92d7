// The lock on a published visit (issue 15), drawn on its card: an icon whose accessible name
// says what the lock keeps ("Locked: time"), with the reason in its tooltip.
import type { CardLock } from '../boardModel';
import { Icon } from '../../../components/Icon';

const KEEPS: Record<CardLock['lock'], string> = { time: 'time', operative: 'operative', both: 'time and operative' };

/** "Locked: time", "Locked: operative", "Locked: time and operative". */
export function lockLabel(lock: CardLock['lock']): string {
  return `Locked: ${KEEPS[lock]}`;
}

export function LockMark({ lock }: { lock: CardLock }) {
  const label = lockLabel(lock.lock);
  return (
    <span className="card-lock" role="img" aria-label={label} title={`${label} (${lock.reason})`} data-lock={lock.lock}>
      <Icon name="lock" size={11} />
    </span>
  );
}
