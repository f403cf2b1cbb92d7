// access/*: people and their roles, who the app is acting as, the rights rules, the
// decision-rights (RACI) table, and who did what (issue 15).
import { z } from 'zod';
import { idSchema } from '../../domain/schemas';
import { decisionRightSchema } from '../../governance/raci';
import { personSchema, roleSchema } from '../../governance/roles';
import { empty, type ApiSpec } from './common';

export const MAX_ACTIVITY = 500;

const rightsRuleSchema = z.object({ id: z.string(), description: z.string(), roles: z.array(roleSchema) });

export const accessApi = {
  'access/list-people': { input: empty, output: z.array(personSchema) },
  /** Adds a person, or replaces the one with this id. */
  'access/save-person': { input: personSchema.strict(), output: personSchema },
  'access/remove-person': { input: z.object({ id: idSchema }).strict(), output: z.object({ removed: z.boolean() }) },
  /** Who this call acts as: the person (null when none), and why none when people exist. */
  'access/get-me': {
    input: empty,
    output: z.object({ actor: z.string(), person: personSchema.nullable(), problem: z.string().nullable(), people_defined: z.boolean() }),
  },
  'access/list-rules': { input: empty, output: z.array(rightsRuleSchema) },
  'access/get-decision-rights': { input: empty, output: z.array(decisionRightSchema) },
  'access/set-decision-right': { input: decisionRightSchema.strict(), output: z.array(decisionRightSchema) },
  'access/list-activity': {
    input: z.object({ limit: z.number().int().min(1).max(MAX_ACTIVITY).optional() }).strict(),
    output: z.array(
      z.object({
        id: z.number().int(),
        at: z.string(),
        actor: z.string().nullable(),
        who: z.string(),
        label: z.string(),
        undone: z.boolean(),
      }),
    ),
  },
} as const satisfies Record<string, ApiSpec>;

export type RightsRuleView = z.infer<typeof rightsRuleSchema>;
