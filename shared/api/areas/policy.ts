// policy/*: the editable change policy (issue 15), carried by every pack's change-policy.json.
import { z } from 'zod';
import { changeRuleSchema } from '../../governance/change-policy';
import { empty, type ApiSpec } from './common';

export const policyApi = {
  'policy/get-change-policy': { input: empty, output: z.array(changeRuleSchema) },
  'policy/set-change-rule': { input: changeRuleSchema.strict(), output: z.array(changeRuleSchema) },
} as const satisfies Record<string, ApiSpec>;
