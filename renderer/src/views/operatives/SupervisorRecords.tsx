// The supervisor's records on one operative: DO_NOT_SEND / REDUCED_DUTIES flags (owner, scope,
// review date; add, edit, end) and absences (add, end early). Each change one undoable step.
import { useState } from 'react';
import { api } from '../../api/client';
import type { OperativeView } from '../../../../shared/api/views';
import type { Flag } from '../../../../shared/domain/types';
import { dateSpan, longDate } from '../../lib/format';
import { todayLocal } from '../../lib/now';
import { useStatus } from '../../components/StatusRegion';
import { useEdit } from '../blocked/useEdit';
import { AbsenceForm } from './AbsenceForm';
import { FlagForm } from './FlagForm';

type Editing = { kind: 'flag'; flag: Flag | null } | { kind: 'absence' } | null;

export function SupervisorRecords({ operative }: { operative: OperativeView }) {
  const [editing, setEditing] = useState<Editing>(null);
  const edit = useEdit();
  const { report } = useStatus();
  const today = todayLocal();
  const run = async (what: string, call: () => Promise<unknown>, said: string) => {
    const r = await edit(
      what,
      async () => ({ v: await call() }),
      () => said,
    );
    if (!r.ok) report(new Error(r.message));
  };
  const current = operative.absences.filter((a) => a.to >= today);
  // An ended flag's review date is the day before it was lifted: the record stays, out of force.
  const flags = operative.flags.filter((f) => f.until === null || f.until >= today);
  const ended = operative.flags.length - flags.length;
  return (
    <section aria-label="Supervisor records" className="supervisor-section">
      <h3 className="details-sub">Flags</h3>
      {flags.length === 0 && <p className="muted">No flags in force.</p>}
      {ended > 0 && (
        <p className="muted">
          {ended} ended flag{ended === 1 ? '' : 's'} kept in the record.
        </p>
      )}
      <ul className="supervisor-list">
        {flags.map((f) => (
          <li key={f.id} data-flag-id={f.id}>
            <b>{f.flag}</b> {f.scope} · owner {f.owner || '—'} · {f.until ? `review ${longDate(f.until)}` : 'until lifted'}
            {f.note ? ` · ${f.note}` : ''}{' '}
            <button type="button" onClick={() => setEditing({ kind: 'flag', flag: f })}>
              Edit
            </button>{' '}
            <button
              type="button"
              onClick={() =>
                void run(
                  `End ${f.flag} on ${operative.id}`,
                  () => api('flags/end-flag', { id: f.id! }),
                  `Ended the ${f.flag} flag (${f.scope}).`,
                )
              }
            >
              End flag
            </button>
          </li>
        ))}
      </ul>
      {editing?.kind === 'flag' ? (
        <FlagForm key={editing.flag?.id ?? 'new'} operativeId={operative.id} flag={editing.flag} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" onClick={() => setEditing({ kind: 'flag', flag: null })}>
          Add flag…
        </button>
      )}
      <h3 className="details-sub">Absences</h3>
      {current.length === 0 && <p className="muted">No current or coming absences.</p>}
      <ul className="supervisor-list">
        {current.map((a) => (
          <li key={a.id}>
            <b>{a.kind}</b> {dateSpan(a.from, a.to)} {a.reason ? `· ${a.reason}` : ''}{' '}
            {a.from <= today && (
              <button
                type="button"
                onClick={() =>
                  void run(
                    `End absence of ${operative.id}`,
                    () => api('absences/end-absence', { id: a.id! }),
                    `${operative.name} is back from today.`,
                  )
                }
              >
                End absence
              </button>
            )}
          </li>
        ))}
      </ul>
      {editing?.kind === 'absence' ? (
        <AbsenceForm operativeId={operative.id} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" onClick={() => setEditing({ kind: 'absence' })}>
          Add absence…
        </button>
      )}
    </section>
  );
}
