// The change policy per kind of change: who may make it and whether freely, with sign-off or with
// N hours' notice. Each edit is one undoable step; every pack's change-policy.json carries it.
import { api } from '../../api/client';
import { ColumnHeads } from '../../components/ColumnHeads';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { useDataVersion } from '../../hooks/useDataVersion';
import { useResource } from '../../hooks/useResource';
import { CHANGE_KIND_LABELS, CHANGE_MODES, MAX_NOTICE_HOURS, type ChangeRule } from '../../../../shared/governance/change-policy';
import { ROLES, ROLE_LABELS, type Role } from '../../../../shared/governance/roles';
import { Options } from '../../components/Options';

const MODE_LABELS = { free: 'Freely', signoff: 'Planner sign-off', notice: "With hours' notice" } as const;

export function ChangePolicySection() {
  const rules = useResource(() => api('policy/get-change-policy', {}), []);
  const { invalidate } = useDataVersion();
  const { announce } = useStatus();
  const { run } = useAction();
  const save = async (rule: ChangeRule) => {
    await run(async () => {
      await api('policy/set-change-rule', rule);
      invalidate();
      announce(`Change policy for ${CHANGE_KIND_LABELS[rule.kind]} saved (undo to revert).`, 'success');
    });
  };
  const toggle = (r: ChangeRule, role: Role) =>
    r.who.includes(role) ? r.who.filter((w) => w !== role) : ROLES.filter((x) => x === role || r.who.includes(x));
  return (
    <section className="control-section" aria-label="Change policy">
      <h2>Change policy</h2>
      <table className="plain-table" aria-label="Change policy">
        <ColumnHeads names={['Change', ...ROLES.map((r) => ROLE_LABELS[r]), 'How', 'Notice (hours)']} />
        <tbody>
          {(rules.data ?? []).map((r) => (
            <tr key={r.kind}>
              <th scope="row">{CHANGE_KIND_LABELS[r.kind]}</th>
              {ROLES.map((role) => (
                <td key={role}>
                  <input
                    type="checkbox"
                    aria-label={`${CHANGE_KIND_LABELS[r.kind]}: ${ROLE_LABELS[role]} may make it`}
                    checked={r.who.includes(role)}
                    onChange={() => {
                      const who = toggle(r, role);
                      if (who.length) void save({ ...r, who });
                    }}
                  />
                </td>
              ))}
              <td>
                <select
                  aria-label={`${CHANGE_KIND_LABELS[r.kind]}: how`}
                  value={r.mode}
                  onChange={(e) => void save({ ...r, mode: e.target.value as ChangeRule['mode'] })}
                >
                  <Options items={CHANGE_MODES} label={(m) => MODE_LABELS[m]} />
                </select>
              </td>
              <td>
                <input
                  type="number"
                  min={0}
                  max={MAX_NOTICE_HOURS}
                  aria-label={`${CHANGE_KIND_LABELS[r.kind]}: notice in hours`}
                  disabled={r.mode !== 'notice'}
                  defaultValue={r.notice_hours}
                  onBlur={(e) => {
                    const n = Number(e.target.value);
                    if (Number.isInteger(n) && n >= 0 && n <= MAX_NOTICE_HOURS && n !== r.notice_hours)
                      void save({ ...r, notice_hours: n });
                  }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">A planner&apos;s own changes apply; a lock on the visit sends a change that breaks it to sign-off.</p>
    </section>
  );
}
