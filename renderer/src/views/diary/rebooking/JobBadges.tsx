// Actuals badges on a job card: "Rebook" with its attempt count while the job waits to be
// booked again (or is booked again), and the repeated-failure flag of its address.
import type { JobView } from '../../../../../shared/api/views';
import { Icon } from '../../../components/Icon';
import { flagFor, flagText, rebookText } from './actualsOverlay';
import { useActualsOverlay } from './ActualsOverlayContext';
import './rebooking.css';

export function JobBadges({ job }: { job: JobView }) {
  const overlay = useActualsOverlay();
  const item = overlay.byRef.get(job.ref);
  const flag = flagFor(overlay, job);
  if (!item && !flag) return null;
  return (
    <>
      {item && (
        <span className="rebook-badge" data-rebook={item.attempts} title={rebookText(item)}>
          Rebook{item.attempts > 0 ? ` ×${item.attempts}` : ''}
        </span>
      )}
      {flag && (
        <span className="address-flag-badge" data-address-flag={flag.owner} title={flagText(flag)} aria-label={flagText(flag)} role="img">
          <Icon name="flag" size={10} />
        </span>
      )}
    </>
  );
}
