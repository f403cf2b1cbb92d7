// People and their roles (issue 15). The app acts as one person at a time; what a person may
// do follows from their role (rights.ts). Pure: used by backend, CLI and renderer alike.
import { z } from 'zod';
import { idSchema } from '../domain/schemas';

export const ROLES = ['planner', 'supervisor', 'operations-team-leader', 'manager'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

export const ROLE_LABELS: Record<Role, string> = {
  planner: 'Planner',
  supervisor: 'Supervisor',
  'operations-team-leader': 'Operations team leader',
  manager: 'Manager',
};

/** "Operations team leader", "ops_team_leader", "PLANNER" → the role id; null when it is none. */
export function parseRole(text: string): Role | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const alias: Record<string, Role> = { 'ops-team-leader': 'operations-team-leader', 'team-leader': 'operations-team-leader' };
  if ((ROLES as readonly string[]).includes(t)) return t as Role;
  return alias[t] ?? null;
}

export const personSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  role: roleSchema,
  /** The OS user this person is by default (the app and CLI act as them without choosing). */
  os_user: z.string().trim().min(1).max(100).nullable(),
  /** The team they brief or lead (start-of-day briefing per team); null for none. */
  team: z.string().trim().min(1).max(100).nullable(),
  /** The operatives they supervise or lead: priority changes on these notify them. */
  operatives: z.array(idSchema).max(500),
});
export type Person = z.infer<typeof personSchema>;

/** The actor id of a person chosen in the app or with `--as`. */
export const PERSON_ACTOR_PREFIX = 'person:';
export const personActor = (id: string): string => `${PERSON_ACTOR_PREFIX}${id}`;
