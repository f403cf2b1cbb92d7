// A supervisor's flag on an operative: DO_NOT_SEND or REDUCED_DUTIES, its scope (a trade,
// competence, area or one job), the owner and the review date. Checked by flags.csv's own parser
// on save; a flag that blocks placements lists them at once.
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { Flag } from '../../../../shared/domain/types';
import { FLAG_KINDS, SCOPE_KINDS } from '../../../../shared/domain/schemas';
import { EditFormFoot } from '../../components/EditFormFoot';
import { useEdit } from '../blocked/useEdit';
import { errorsByField } from '../intake/useJobDraft';
import { Options } from '../../components/Options';

interface Props {
  operativeId: string;
  /** null: a new flag. */
  flag: Flag | null;
  onDone: () => void;
}

export function FlagForm({ operativeId, flag, onDone }: Props) {
  const id = useId();
  const edit = useEdit();
  const [kind, setKind] = useState<string>(flag?.flag ?? 'DO_NOT_SEND');
  const [scopeKind, setScopeKind] = useState(flag?.scope.split(':')[0] ?? 'trade');
  const [scopeValue, setScopeValue] = useState(flag?.scope.slice(flag.scope.indexOf(':') + 1) ?? '');
  const [until, setUntil] = useState(flag?.until ?? '');
  const [owner, setOwner] = useState(flag?.owner ?? '');
  const [note, setNote] = useState(flag?.note ?? '');
  const [refusal, setRefusal] = useState<{ message: string; fields: Map<string, string[]> } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = { operative_id: operativeId, flag: kind, scope: `${scopeKind}:${scopeValue.trim()}`, until: until || null, owner, note };
    const r =
      flag?.id !== undefined
        ? await edit(
            `Edit ${kind} flag on ${operativeId}`,
            () => api('flags/update-flag', { id: flag.id!, ...input }),
            () => `Saved the ${kind} flag.`,
          )
        : await edit(
            `${kind} flag on ${operativeId}`,
            () => api('flags/create-flag', input),
            () => `Flagged ${operativeId} ${kind} (${input.scope}).`,
          );
    if (r.ok) onDone();
    else setRefusal({ message: r.message, fields: errorsByField(r.fields) });
  };
  const err = (f: string) => refusal?.fields.get(f)?.join('; ');

  return (
    <form className="edit-grid supervisor-form" onSubmit={(e) => void submit(e)} aria-label={flag ? 'Edit flag' : 'New flag'}>
      <div className="edit-field">
        <label htmlFor={`${id}-kind`}>Flag</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
          <Options items={FLAG_KINDS} />
        </select>
      </div>
      <div className="edit-field">
        <label htmlFor={`${id}-scope`}>Scope</label>
        <span className="edit-row">
          <select aria-label="Scope kind" value={scopeKind} onChange={(e) => setScopeKind(e.target.value)}>
            <Options items={SCOPE_KINDS} />
          </select>
          <input
            id={`${id}-scope`}
            value={scopeValue}
            placeholder="GAS, HEIGHT, LS6 or a job ref"
            onChange={(e) => setScopeValue(e.target.value)}
          />
        </span>
        {err('scope') && <span className="field-error">{err('scope')}</span>}
      </div>
      <div className="edit-field">
        <label htmlFor={`${id}-owner`}>Owner</label>
        <input id={`${id}-owner`} value={owner} onChange={(e) => setOwner(e.target.value)} placeholder="The supervisor who owns it" />
        {err('owner') && <span className="field-error">{err('owner')}</span>}
      </div>
      <div className="edit-field">
        <label htmlFor={`${id}-until`}>Review date</label>
        <input id={`${id}-until`} type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
        <span className="edit-hint">Last day in force; empty = until lifted</span>
        {err('until') && <span className="field-error">{err('until')}</span>}
      </div>
      <div className="edit-field edit-field-wide">
        <label htmlFor={`${id}-note`}>Note</label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <EditFormFoot error={refusal?.message} submitLabel={flag ? 'Save flag' : 'Add flag'} onCancel={onDone} />
    </form>
  );
}
