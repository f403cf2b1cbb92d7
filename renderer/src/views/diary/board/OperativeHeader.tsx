// The row header: who the operative is (name, trades, flags), absences in the visible range, and
// while dragging the reason this row is blocked or warned, as text.
import type { OperativeView } from '../../../../../shared/api/views';
import type { PlacementStatus } from '../../../../../shared/rules';
import { parseScope, describeScope } from '../../../../../shared/rules';
import { Icon } from '../../../components/Icon';
import { dayMonth } from '../../../lib/format';
import { absenceLabel } from './dayState';

export interface RowReason {
  status: PlacementStatus;
  text: string;
}

function flagText(f: OperativeView['flags'][number]): string {
  let scope = f.scope;
  try {
    scope = describeScope(parseScope(f));
  } catch {
    /* shown raw */
  }
  return `${f.flag === 'DO_NOT_SEND' ? 'No' : 'Reduced:'} ${scope}`;
}

function flagTitle(f: OperativeView['flags'][number]): string {
  return `${f.flag} ${f.scope}${f.until ? ` until ${f.until}` : ''}${f.owner ? ` (set by ${f.owner})` : ''}${f.note ? `: ${f.note}` : ''}`;
}

export function OperativeHeader({ op, from, to, reason }: { op: OperativeView; from: string; to: string; reason: RowReason | null }) {
  const flags = op.flags.filter((f) => f.until === null || f.until >= from);
  const away = op.absences.filter((a) => a.from <= to && a.to >= from);
  return (
    <div role="rowheader" className="op-head" data-reason={reason?.status} tabIndex={-1}>
      <div className="op-name-line">
        <span className="op-name" title={op.name}>
          {op.name}
        </span>
        <span className="op-shift" title={`Shift ${op.shift_start}–${op.shift_end}`}>
          {op.shift_start}–{op.shift_end}
        </span>
      </div>
      {!reason && <div className="op-id">{op.id}</div>}
      {reason ? (
        <div className="op-reason" data-status={reason.status}>
          <Icon name={reason.status === 'blocked' ? 'block' : reason.status === 'warn' ? 'warn' : 'check'} size={11} />
          <span>{reason.text}</span>
        </div>
      ) : (
        <div className="op-meta">
          {op.trades.map((t) => (
            <span key={t.trade} className="op-trade" title={`${t.trade} proficiency ${t.proficiency} of 5`}>
              {t.trade}
              <b>{t.proficiency}</b>
            </span>
          ))}
          {flags.map((f, i) => (
            <span key={`f${i}`} className="op-flag" data-flag={f.flag} title={flagTitle(f)}>
              <Icon name="flag" size={10} /> {flagText(f)}
            </span>
          ))}
          {away.map((a, i) => (
            <span key={`a${i}`} className="op-away" title={`${absenceLabel(a)}: ${a.reason || a.kind}, ${a.from} to ${a.to}`}>
              <Icon name="away" size={10} /> {absenceLabel(a)}{' '}
              {a.from === a.to ? dayMonth(a.from) : `${dayMonth(a.from)}–${dayMonth(a.to)}`}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
