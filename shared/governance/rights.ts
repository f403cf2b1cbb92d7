// Who may make which call: one named rule per kind of write, enforced by the backend's
// dispatcher. Reads are open to everyone; a write no rule names is a plan edit (planner only).
import type { Role } from './roles';

export interface RightsRule {
  id: string;
  description: string;
  roles: readonly Role[];
}

const ALL: readonly Role[] = ['planner', 'supervisor', 'operations-team-leader', 'manager'];

export const RIGHTS_RULES = {
  publish: { id: 'publish', description: 'Only a planner publishes a plan version', roles: ['planner'] },
  'plan-edit': { id: 'plan-edit', description: 'Only a planner changes the plan directly', roles: ['planner'] },
  'manage-people': {
    id: 'manage-people',
    description: 'Only a planner or a manager edits people, decision rights and the change policy',
    roles: ['planner', 'manager'],
  },
  supervise: {
    id: 'supervise',
    description: 'Only a planner or a supervisor records absences and supervisor flags',
    roles: ['planner', 'supervisor'],
  },
  'record-actuals': {
    id: 'record-actuals',
    description: 'Planners, supervisors and operations team leaders record what happened',
    roles: ['planner', 'supervisor', 'operations-team-leader'],
  },
  'request-change': { id: 'request-change', description: 'Anyone may request a change', roles: ALL },
  'sign-off': { id: 'sign-off', description: 'Only a planner signs off (approves or rejects) change requests', roles: ['planner'] },
  'review-deviations': {
    id: 'review-deviations',
    description: 'Planners, supervisors and managers review deviations and turn them into planning assumptions',
    roles: ['planner', 'supervisor', 'manager'],
  },
  'own-history': { id: 'own-history', description: 'Anyone may undo or redo their own steps', roles: ALL },
} as const satisfies Record<string, RightsRule>;
export type RightsRuleId = keyof typeof RIGHTS_RULES;

/** Calls a rule other than plan-edit governs. Unlisted writes are plan edits. */
const CALL_RULES: Record<string, RightsRuleId> = {
  'packs/publish': 'publish',
  'access/save-person': 'manage-people',
  'access/remove-person': 'manage-people',
  'access/set-decision-right': 'manage-people',
  'policy/set-change-rule': 'manage-people',
  'absences/add': 'supervise',
  'absences/update': 'supervise',
  'absences/delete': 'supervise',
  'absences/end-absence': 'supervise',
  'flags/create-flag': 'supervise',
  'flags/update-flag': 'supervise',
  'flags/end-flag': 'supervise',
  'actuals/import-csv': 'record-actuals',
  'actuals/record-close-out': 'record-actuals',
  'addresses/escalate-flag': 'record-actuals',
  'addresses/close-flag': 'record-actuals',
  'changes/request': 'request-change',
  'changes/import-csv': 'request-change',
  'changes/approve': 'sign-off',
  'changes/reject': 'sign-off',
  'locks/set-lock': 'sign-off',
  'deviations/save-review': 'review-deviations',
  'deviations/make-assumption': 'review-deviations',
  'history/undo': 'own-history',
  'history/redo': 'own-history',
};

/** Calls that only read (or write files, not the plan) whatever their verb says. */
const READ_CALLS = new Set(['print/create-day-sheets', 'briefing/create-pdf', 'closeout/create-pdf', 'packs/open-folder', 'packs/verify']);
const READ_VERB = /^(get|list|check|compare|export|verify|explain|suggest)(-|$)/;

/** The rule a call is governed by, or null when anyone may make it (a read). */
export function rightsRuleFor(name: string): RightsRule | null {
  const ruled = CALL_RULES[name];
  if (ruled) return RIGHTS_RULES[ruled];
  if (READ_CALLS.has(name)) return null;
  const verb = name.split('/')[1] ?? '';
  return READ_VERB.test(verb) ? null : RIGHTS_RULES['plan-edit'];
}
