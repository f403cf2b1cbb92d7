// "Make it a roster pattern" in the weekly review: a preset (weekly hours, alternate Saturdays,
// 4 on 4 off, on-call rota) laid over one operative's roster from a date, written with the review
// note in one undoable step (deviations/make-assumption, type roster-pattern).
import { useState } from 'react';
import { PRESET_IDS, PRESET_LABELS, preset, type PresetId } from '../../../../shared/roster';
import { useMakeAssumption } from './useMakeAssumption';
import { Options } from '../../components/Options';

interface Props {
  range: { from: string; to: string };
  keys: string[];
  note: string;
  /** The review group's accessible name, e.g. "overrun, CARP". */
  name: string;
}

export function ReviewRosterPattern({ range, keys, note, name }: Props) {
  const [operative, setOperative] = useState('');
  const [presetId, setPresetId] = useState<PresetId>('weekly');
  const [start, setStart] = useState('08:00');
  const [end, setEnd] = useState('16:00');
  const [from, setFrom] = useState('');
  const makeAssumption = useMakeAssumption();
  const ready = note.trim().length >= 3 && operative.trim() !== '' && from !== '' && start < end;
  const make = async () => {
    const draft = preset(presetId, from, { start, end, overnight: false });
    await makeAssumption({
      ...range,
      keys,
      note,
      assumption: {
        type: 'roster-pattern',
        pattern: { operative_ids: [operative.trim()], ...draft, anchor: draft.anchor, from, to: null },
      },
    });
  };
  return (
    <fieldset className="signoff-actions review-roster">
      <legend>Change a roster pattern</legend>
      <input
        aria-label={`Operative for ${name}`}
        placeholder="Operative id"
        value={operative}
        onChange={(e) => setOperative(e.target.value)}
        size={8}
      />
      <select aria-label={`Pattern for ${name}`} value={presetId} onChange={(e) => setPresetId(e.target.value as PresetId)}>
        <Options items={PRESET_IDS} label={(id) => PRESET_LABELS[id]} />
      </select>
      <input aria-label={`Shift start for ${name}`} type="time" value={start} onChange={(e) => setStart(e.target.value)} />
      <input aria-label={`Shift end for ${name}`} type="time" value={end} onChange={(e) => setEnd(e.target.value)} />
      <input aria-label={`Pattern from for ${name}`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      <button type="button" disabled={!ready} onClick={() => void make()}>
        Make it a roster pattern
      </button>
    </fieldset>
  );
}
