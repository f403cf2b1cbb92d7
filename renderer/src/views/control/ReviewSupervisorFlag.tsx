// "Make it a supervisor flag" in the weekly review: a DO_NOT_SEND or REDUCED_DUTIES flag on one
// operative for a scope (trade:X, competence:X, area:X, job:REF), until a date or open-ended,
// written with the review note in one undoable step (deviations/make-assumption, type flag).
import { useState } from 'react';
import { FLAG_KINDS } from '../../../../shared/domain/schemas';
import { useMakeAssumption } from './useMakeAssumption';
import { Options } from '../../components/Options';

type FlagKind = (typeof FLAG_KINDS)[number];

interface Props {
  range: { from: string; to: string };
  keys: string[];
  note: string;
  /** The review group's accessible name, e.g. "overrun, CARP"; its trade is the default scope. */
  name: string;
  trade: string;
}

export function ReviewSupervisorFlag({ range, keys, note, name, trade }: Props) {
  const [operative, setOperative] = useState('');
  const [kind, setKind] = useState<FlagKind>('REDUCED_DUTIES');
  const [scope, setScope] = useState(`trade:${trade}`);
  const [until, setUntil] = useState('');
  const [owner, setOwner] = useState('');
  const makeAssumption = useMakeAssumption();
  const ready = note.trim().length >= 3 && operative.trim() !== '' && scope.trim() !== '' && owner.trim() !== '';
  const make = async () => {
    await makeAssumption({
      ...range,
      keys,
      note,
      assumption: {
        type: 'flag',
        flag: { operative_id: operative.trim(), flag: kind, scope: scope.trim(), until: until || null, owner: owner.trim(), note },
      },
    });
  };
  return (
    <fieldset className="signoff-actions review-roster">
      <legend>Add a supervisor flag</legend>
      <input
        aria-label={`Operative to flag for ${name}`}
        placeholder="Operative id"
        value={operative}
        onChange={(e) => setOperative(e.target.value)}
        size={8}
      />
      <select aria-label={`Flag for ${name}`} value={kind} onChange={(e) => setKind(e.target.value as FlagKind)}>
        <Options items={FLAG_KINDS} />
      </select>
      <input
        aria-label={`Flag scope for ${name}`}
        placeholder="trade:GAS"
        value={scope}
        onChange={(e) => setScope(e.target.value)}
        size={12}
      />
      <input aria-label={`Flag until for ${name}`} type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
      <input
        aria-label={`Flag owner for ${name}`}
        placeholder="Supervisor"
        value={owner}
        onChange={(e) => setOwner(e.target.value)}
        size={10}
      />
      <button type="button" disabled={!ready} onClick={() => void make()}>
        Make it a supervisor flag
      </button>
    </fieldset>
  );
}
