// The editable change policy: one rule per kind of change, saved in settings (undoable) and
// written into every pack's change-policy.json.
import type { ChangeRule } from '../../../shared/governance/change-policy';
import { CHANGE_POLICY_KEY, changePolicy } from '../store/governance/change-rows';
import type { Store } from '../store/store';

export function setChangeRule(store: Store, rule: ChangeRule): ChangeRule[] {
  const next = changePolicy(store).map((r) => (r.kind === rule.kind ? rule : r));
  store.history.mutate(`Change policy: ${rule.kind}`, (rec) =>
    rec.put('settings', { key: CHANGE_POLICY_KEY, value: JSON.stringify(next) }),
  );
  return changePolicy(store);
}
