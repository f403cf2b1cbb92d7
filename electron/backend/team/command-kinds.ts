// Which calls travel to the team server. Writes to the shared plan do; reads never; a few writes
// stay on the workstation (what-if scenarios, schedule runs held in memory, exports, published
// packs, which each machine signs with its own key); two cannot be replayed from their input and
// are refused while joined (a scenario's promotion copies a file, accepting a run applies a
// result held in memory): the planner makes those changes as ordinary edits instead.
import { isContractName } from '../../../shared/api/contract';
import { rightsRuleFor } from '../../../shared/governance/rights';
import type { Role } from '../../../shared/governance/roles';

const LOCAL_WRITES = new Set([
  'scenario/create',
  'scenario/drop',
  'schedule/start-run',
  'schedule/cancel-run',
  'schedule/reject-run',
  'export/run-csv',
  'packs/publish',
]);

const NOT_REPLAYABLE: Record<string, string> = {
  'scenario/promote': 'promoting a scenario replaces the plan wholesale, which a team cannot replay; make the changes in the team plan',
  'schedule/accept-run':
    "accepting a schedule run applies a result held in this machine's memory, which a team cannot replay; place the jobs with moves",
};

export type CommandKind = 'team' | 'local' | 'read' | 'refused' | 'unknown';

export function commandKind(name: string): CommandKind {
  if (!isContractName(name)) return 'unknown';
  if (NOT_REPLAYABLE[name]) return 'refused';
  if (LOCAL_WRITES.has(name) || name.startsWith('team/')) return 'local';
  return rightsRuleFor(name) ? 'team' : 'read';
}

/** Why a call cannot be made while joined to a team, or null. */
export function refusedWhileJoined(name: string): string | null {
  const why = NOT_REPLAYABLE[name];
  return why ? `${name} is not available while working as a team: ${why}. Nothing was changed` : null;
}

/** The rights rule's refusal of a member's role for a team command, or null when the role may make it. */
export function roleRefusal(name: string, role: Role, memberName: string): { rule: string; message: string } | null {
  const rule = rightsRuleFor(name);
  if (!rule || rule.roles.includes(role)) return null;
  return { rule: rule.id, message: `Refused by rule “${rule.id}”: ${rule.description}; ${memberName} is a ${role}. Nothing was changed` };
}
