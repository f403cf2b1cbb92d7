// Absences overlapping the visible range, for the operatives shown: type, dates, reason, with
// edit and remove. Adding one opens the absence form.
import type { Absence } from '../../../../shared/domain/types';
import { Chip } from '../../components/Chip';
import { dateSpan } from '../../lib/format';
import { api } from '../../api/client';
import { ABSENCE_LABELS } from './cellText';
import type { RunRosterAction } from './useRosterActions';

interface Props {
  absences: readonly Absence[];
  names: ReadonlyMap<string, string>;
  run: RunRosterAction;
  onAdd: () => void;
  onEdit: (a: Absence) => void;
}

const TONE = { leave: 'info', sickness: 'danger', training: 'success', other: 'muted' } as const;

export function AbsencesPanel({ absences, names, run, onAdd, onEdit }: Props) {
  const remove = (a: Absence) =>
    void run(
      () => api('absences/delete', { id: a.id! }),
      () => `Removed ${a.kind} for ${names.get(a.operative_id) ?? a.operative_id}, ${dateSpan(a.from, a.to)}.`,
    );
  return (
    <section className="roster-panel" aria-labelledby="absences-h">
      <div className="panel-head">
        <h2 id="absences-h">Absences</h2>
        <button type="button" onClick={onAdd}>
          Add absence…
        </button>
      </div>
      {absences.length === 0 ? (
        <p className="muted">No absences in these weeks.</p>
      ) : (
        <div className="absences-wrap">
          <table className="plain-table absences-table" aria-label="Absences in these weeks">
            <thead>
              <tr>
                <th scope="col">Operative</th>
                <th scope="col">Type</th>
                <th scope="col">Dates</th>
                <th scope="col">Reason</th>
                <th scope="col">
                  <span className="roster-sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {absences.map((a) => (
                <tr key={a.id} data-absence-id={a.id}>
                  <td>{names.get(a.operative_id) ?? a.operative_id}</td>
                  <td>
                    <Chip tone={TONE[a.kind]}>{ABSENCE_LABELS[a.kind]}</Chip>
                  </td>
                  <td>{dateSpan(a.from, a.to)}</td>
                  <td>{a.reason || <span className="muted">—</span>}</td>
                  <td>
                    <span className="row-actions">
                      <button type="button" onClick={() => onEdit(a)}>
                        Edit
                      </button>
                      <button
                        type="button"
                        onClick={() => remove(a)}
                        aria-label={`Remove absence of ${names.get(a.operative_id) ?? a.operative_id}, ${dateSpan(a.from, a.to)}`}
                      >
                        Remove
                      </button>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
