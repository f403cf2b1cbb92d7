// One day of a pattern in the pattern editor: working hours, off, or left to the layer below;
// and on call, not on call, or left alone.
import type { DaySpec } from '../../../../shared/roster';

interface Props {
  label: string;
  spec: DaySpec;
  onChange: (spec: DaySpec) => void;
}

type WorkMode = 'inherit' | 'work' | 'off';

export function DaySpecRow({ label, spec, onChange }: Props) {
  const mode: WorkMode = spec.work === null ? 'inherit' : spec.work === 'off' ? 'off' : 'work';
  const hours = spec.work !== null && spec.work !== 'off' ? spec.work : { start: '08:00', end: '16:00', overnight: false };
  const setWork = (m: WorkMode) => onChange({ ...spec, work: m === 'inherit' ? null : m === 'off' ? 'off' : hours });
  const setHours = (patch: Partial<typeof hours>) => onChange({ ...spec, work: { ...hours, ...patch } });
  const call = spec.on_call === null ? 'inherit' : spec.on_call ? 'yes' : 'no';
  // A start or end time, in quarter-hour steps.
  const time = (end: 'start' | 'end') => (
    <input
      type="time"
      aria-label={`${label}: ${end}`}
      value={hours[end]}
      step={900}
      onChange={(e) => setHours({ [end]: e.target.value })}
    />
  );
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        <select aria-label={`${label}: work`} value={mode} onChange={(e) => setWork(e.target.value as WorkMode)}>
          <option value="inherit">As usual</option>
          <option value="work">Work</option>
          <option value="off">Off</option>
        </select>
      </td>
      <td className="spec-hours">
        {mode === 'work' && (
          <>
            {time('start')}
            <span aria-hidden="true">–</span>
            {time('end')}
            <label className="inline">
              <input type="checkbox" checked={hours.overnight} onChange={(e) => setHours({ overnight: e.target.checked })} /> +1
            </label>
          </>
        )}
      </td>
      <td>
        <select
          aria-label={`${label}: on call`}
          value={call}
          onChange={(e) => onChange({ ...spec, on_call: e.target.value === 'inherit' ? null : e.target.value === 'yes' })}
        >
          <option value="inherit">As usual</option>
          <option value="yes">On call</option>
          <option value="no">Not on call</option>
        </select>
      </td>
    </tr>
  );
}
