// Every rule, in evaluation order: per-day checks, then job checks, then checks that need the
// timed day plan; cheap before expensive, hard before soft, so status-only questions stop early.
import { absence } from './absence';
import { appointmentWindow } from './appointment-window';
import { areaRestriction } from './area-restriction';
import { competenceExpiry } from './competence-expiry';
import { dependencies } from './dependencies';
import { doNotSend } from './do-not-send';
import { operativeRetired } from './operative-retired';
import { overtime } from './overtime';
import { reducedDuties } from './reduced-duties';
import { shiftHours } from './shift-hours';
import { slaBreach } from './sla-breach';
import { tradeProficiency } from './trade-proficiency';
import { workingDay } from './working-day';
import type { AnyRule, Rule } from './types';

export const DAY_RULES: readonly Rule<'day'>[] = [operativeRetired, workingDay, absence];
export const JOB_RULES: readonly Rule<'job'>[] = [tradeProficiency, areaRestriction, competenceExpiry, doNotSend, reducedDuties];
export const PLAN_RULES: readonly Rule<'plan'>[] = [shiftHours, appointmentWindow, dependencies, overtime, slaBreach];

export const RULES: readonly AnyRule[] = [...DAY_RULES, ...JOB_RULES, ...PLAN_RULES];

export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(RULES.map((r) => [r.id, r]));
