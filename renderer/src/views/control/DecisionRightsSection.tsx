// The decision-rights table (RACI): per recurring decision and role, Responsible, Accountable,
// Consulted, Informed or nothing. Each change is saved as one undoable step; exactly one role is
// accountable per decision.
import { api } from '../../api/client';
import { ColumnHeads } from '../../components/ColumnHeads';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { LoadState } from '../../components/ViewHeader';
import { useDataVersion } from '../../hooks/useDataVersion';
import { useResource } from '../../hooks/useResource';
import { DECISION_LABELS, type DecisionRight } from '../../../../shared/governance/raci';
import { ROLES, ROLE_LABELS, type Role } from '../../../../shared/governance/roles';

type Letter = '' | 'R' | 'A' | 'C' | 'I';

function letterOf(d: DecisionRight, role: Role): Letter {
  if (d.accountable === role) return 'A';
  if (d.responsible.includes(role)) return 'R';
  if (d.consulted.includes(role)) return 'C';
  if (d.informed.includes(role)) return 'I';
  return '';
}

function withLetter(d: DecisionRight, role: Role, letter: Letter): DecisionRight | null {
  const drop = (list: Role[]) => list.filter((r) => r !== role);
  const next: DecisionRight = { ...d, responsible: drop(d.responsible), consulted: drop(d.consulted), informed: drop(d.informed) };
  if (letter === 'A') {
    // The previous accountable role becomes responsible: someone must still do the work.
    if (d.accountable !== role) next.responsible = [...next.responsible, d.accountable];
    next.accountable = role;
  } else if (d.accountable === role) return null;
  if (letter === 'R') next.responsible.push(role);
  if (letter === 'C') next.consulted.push(role);
  if (letter === 'I') next.informed.push(role);
  return next;
}

export function DecisionRightsSection() {
  const rights = useResource(() => api('access/get-decision-rights', {}), []);
  const { invalidate } = useDataVersion();
  const { announce, report } = useStatus();
  const { run } = useAction();
  const change = async (d: DecisionRight, role: Role, letter: Letter) => {
    const next = withLetter(d, role, letter);
    if (!next) return report(new Error(`Choose another accountable role for ${DECISION_LABELS[d.decision]} first`));
    await run(async () => {
      await api('access/set-decision-right', next);
      invalidate();
      announce(`Decision rights for ${DECISION_LABELS[d.decision]} saved (undo to revert).`, 'success');
    });
  };
  return (
    <section className="control-section" aria-label="Decision rights">
      <h2>Decision rights (RACI)</h2>
      <LoadState loading={rights.loading && !rights.data} error={rights.data ? undefined : rights.error} onRetry={rights.reload} />
      {rights.data && (
        <table className="plain-table" aria-label="Decision rights">
          <ColumnHeads names={['Decision', ...ROLES.map((r) => ROLE_LABELS[r])]} />
          <tbody>
            {rights.data.map((d) => (
              <tr key={d.decision}>
                <th scope="row">{DECISION_LABELS[d.decision]}</th>
                {ROLES.map((role) => (
                  <td key={role}>
                    <select
                      aria-label={`${DECISION_LABELS[d.decision]}: ${ROLE_LABELS[role]}`}
                      value={letterOf(d, role)}
                      onChange={(e) => void change(d, role, e.target.value as Letter)}
                    >
                      <option value="">—</option>
                      <option value="R">R</option>
                      <option value="A">A</option>
                      <option value="C">C</option>
                      <option value="I">I</option>
                    </select>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">
        R responsible, A accountable (one per decision), C consulted, I informed. Written into each pack's README.txt.
      </p>
    </section>
  );
}
