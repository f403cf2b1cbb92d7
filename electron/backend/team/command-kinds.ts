// Which calls travel to the team server. Writes to the shared plan do; reads never; a few writes
// stay on the workstation (what-if scenarios, schedule runs held in memory, exports; a publish
// goes to the server its own way, see client/publish.ts). Two cannot be replayed from their
// input (accepting a run applies a result held in memory, promoting a scenario copies rows from
// a file of its own): while joined they travel as `team/apply-rows`, the rows they write.
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

/** Sent as the rows they write (team/apply-rows). */
const AS_ROWS = new Set(['scenario/promote', 'schedule/accept-run']);
const TEAM_WRITES = new Set(['team/apply-rows']);

export type CommandKind = 'team' | 'rows' | 'local' | 'read' | 'unknown';

export function commandKind(name: string): CommandKind {
  if (!isContractName(name)) return 'unknown';
  if (AS_ROWS.has(name)) return 'rows';
  if (TEAM_WRITES.has(name)) return 'team';
  if (LOCAL_WRITES.has(name) || name.startsWith('team/')) return 'local';
  return rightsRuleFor(name) ? 'team' : 'read';
}

/** The rights rule's refusal of a member's role for a team command, or null when the role may make it. */
export function roleRefusal(name: string, role: Role, memberName: string): { rule: string; message: string } | null {
  const rule = rightsRuleFor(name);
  if (!rule || rule.roles.includes(role)) return null;
  return { rule: rule.id, message: `Refused by rule “${rule.id}”: ${rule.description}; ${memberName} is a ${role}. Nothing was changed` };
}
