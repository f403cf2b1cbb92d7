// Rules are written as "find the offending facts" + "say them in words". The fast path only
// asks whether anything was found, the full path words every finding: one source of truth, so
// the drag preview can never disagree with the drop check.
import type { ContextFor, Rule, RuleStage, Violation } from './types';

/** A rule's identity as the rules screen shows it, plus how it finds and words its violations. */
export interface RuleSpec<S extends RuleStage, F> extends Pick<Rule<S>, 'id' | 'name' | 'description' | 'owner' | 'severity' | 'stage'> {
  /** The offending facts, or null when the placement passes. Never an empty array. */
  find(ctx: ContextFor<S>): F[] | null;
  reason(finding: F, ctx: ContextFor<S>): string;
}

export function defineRule<S extends RuleStage, F>(spec: RuleSpec<S, F>): Rule<S> {
  const { find, reason } = spec;
  // A literal rather than a spread: every rule object gets the same hidden class.
  return {
    id: spec.id,
    name: spec.name,
    description: spec.description,
    owner: spec.owner,
    severity: spec.severity,
    stage: spec.stage,
    violates: (ctx) => {
      const found = find(ctx);
      return found !== null && found.length > 0;
    },
    evaluate: (ctx): Violation[] => {
      const found = find(ctx);
      if (found === null || found.length === 0) return [];
      return found.map((f) => ({ ruleId: spec.id, severity: spec.severity, reason: reason(f, ctx) }));
    },
  };
}
