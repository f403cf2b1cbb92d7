// Every objective term, by scope. Order does not matter: assignment costs add up.
import { matrixOrderTerm } from './matrix-order';
import { overtimeTerm } from './overtime';
import { slaBreachTerm } from './sla-breach';
import type { ObjectiveTerm } from './term';
import { travelTerm } from './travel';
import { unplacedTerm } from './unplaced';

export { matrixOrderTerm, overtimeTerm, slaBreachTerm, travelTerm, unplacedTerm };
export type { AssignmentContext, ObjectiveTerm, TermScope } from './term';

export const ASSIGNMENT_TERMS: readonly ObjectiveTerm<'assignment'>[] = [slaBreachTerm, matrixOrderTerm];
export const OBJECTIVE_TERMS: readonly ObjectiveTerm[] = [unplacedTerm, ...ASSIGNMENT_TERMS, travelTerm, overtimeTerm];
