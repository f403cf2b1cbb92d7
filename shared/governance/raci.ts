// The decision-rights table (a light RACI) for recurring decisions: who is Responsible,
// Accountable, Consulted and Informed. Editable; shown in the app and written into each pack's
// README.txt so operations read the same table the planner keeps.
import { z } from 'zod';
import { ROLE_LABELS, roleSchema, type Role } from './roles';

export const DECISIONS = ['intraday-reallocation', 'priority-change', 'override-hard-rule', 're-forecast', 'cancel-no-access'] as const;
export type Decision = (typeof DECISIONS)[number];

export const DECISION_LABELS: Record<Decision, string> = {
  'intraday-reallocation': 'Intraday reallocation',
  'priority-change': 'Priority change',
  'override-hard-rule': 'Overriding a hard rule',
  're-forecast': 'Re-forecast',
  'cancel-no-access': 'Cancelling for no access',
};

const roles = z.array(roleSchema).max(4);
export const decisionRightSchema = z.object({
  decision: z.enum(DECISIONS),
  responsible: roles,
  accountable: roleSchema,
  consulted: roles,
  informed: roles,
});
export type DecisionRight = z.infer<typeof decisionRightSchema>;

const r = (decision: Decision, responsible: Role[], accountable: Role, consulted: Role[], informed: Role[]): DecisionRight => ({
  decision,
  responsible,
  accountable,
  consulted,
  informed,
});

export const DEFAULT_DECISION_RIGHTS: readonly DecisionRight[] = [
  r('intraday-reallocation', ['operations-team-leader'], 'supervisor', ['planner'], ['manager']),
  r('priority-change', ['planner'], 'manager', ['supervisor'], ['operations-team-leader']),
  r('override-hard-rule', ['planner'], 'manager', ['supervisor'], ['operations-team-leader']),
  r('re-forecast', ['planner'], 'manager', ['supervisor', 'operations-team-leader'], []),
  r('cancel-no-access', ['operations-team-leader'], 'supervisor', [], ['planner']),
];

const names = (list: readonly Role[]) => (list.length ? list.map((x) => ROLE_LABELS[x]).join(', ') : '-');

/** The table as fixed-width text lines (pack README, CLI). */
export function decisionRightsText(rights: readonly DecisionRight[]): string[] {
  const rows = rights.map((d) => [
    DECISION_LABELS[d.decision],
    names(d.responsible),
    ROLE_LABELS[d.accountable],
    names(d.consulted),
    names(d.informed),
  ]);
  const head = ['Decision', 'Responsible', 'Accountable', 'Consulted', 'Informed'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)];
}
