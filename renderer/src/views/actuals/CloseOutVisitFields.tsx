// One planned visit in the close-out: outcome to tick, times, reason, follow-on and notes.
import type { ApiInput, ApiOutput } from '../../../../shared/api/contract';
import { OUTCOMES } from '../../../../shared/actuals/schemas';
import { OUTCOME_LABELS } from './actualsText';
import { Options } from '../../components/Options';

type Visit = ApiOutput<'actuals/get-close-out'>['visits'][number];

/** One visit's fields as the close-out call takes them (its ref is the key they are kept under). */
export type Entry = Omit<ApiInput<'actuals/record-close-out'>['visits'][number], 'ref'>;

/** What was recorded already, else the planned times and no outcome yet. */
export function entryFor(v: Visit): Entry {
  const r = v.recorded;
  return {
    arrived: r ? (r.arrived ?? '') : v.planned_start,
    left: r ? (r.left ?? '') : v.planned_end,
    outcome: r?.outcome ?? '',
    reason: r?.reason ?? '',
    follow_on_trade: r?.follow_on_trade ?? '',
    follow_on_minutes: r?.follow_on_minutes?.toString() ?? '',
    notes: r?.notes ?? '',
  };
}

interface Props {
  visit: Visit;
  entry: Entry;
  reasons: { code: string; label: string }[];
  onChange: (patch: Partial<Entry>) => void;
}

export function CloseOutVisitFields({ visit: v, entry: e, reasons, onChange }: Props) {
  return (
    <fieldset className="close-out-visit" data-ref={v.ref} data-recorded={v.recorded ? v.recorded.outcome : undefined}>
      <legend>
        <b>{v.ref}</b> {v.trade} {v.priority.toLowerCase()} · planned {v.planned_start}–{v.planned_end}
        {v.window !== 'ALL' ? ` · window ${v.window}` : ''} · {v.address}
        {v.recorded ? ` · recorded: ${OUTCOME_LABELS[v.recorded.outcome]}` : ''}
      </legend>
      <label>
        Outcome{' '}
        <select value={e.outcome} onChange={(x) => onChange({ outcome: x.target.value })}>
          <option value="">—</option>
          <Options items={OUTCOMES} label={(o) => OUTCOME_LABELS[o]} />
        </select>
      </label>
      <label>
        Arrived <input type="time" value={e.arrived} onChange={(x) => onChange({ arrived: x.target.value })} />
      </label>
      <label>
        Left <input type="time" value={e.left} onChange={(x) => onChange({ left: x.target.value })} />
      </label>
      <label>
        Reason{' '}
        <select value={e.reason} onChange={(x) => onChange({ reason: x.target.value })}>
          <option value="">—</option>
          <Options items={reasons} value={(r) => r.code} label={(r) => `${r.label} (${r.code})`} />
        </select>
      </label>
      {e.outcome === 'FURTHER_WORK' && (
        <>
          <label>
            Follow-on trade{' '}
            <input value={e.follow_on_trade} size={8} onChange={(x) => onChange({ follow_on_trade: x.target.value.toUpperCase() })} />
          </label>
          <label>
            Follow-on minutes{' '}
            <input
              type="number"
              min={1}
              max={1440}
              value={e.follow_on_minutes}
              onChange={(x) => onChange({ follow_on_minutes: x.target.value })}
            />
          </label>
        </>
      )}
      <label className="close-out-notes">
        Notes <input value={e.notes} maxLength={2000} onChange={(x) => onChange({ notes: x.target.value })} />
      </label>
    </fieldset>
  );
}
