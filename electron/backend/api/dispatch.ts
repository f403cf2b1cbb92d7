// The single dispatcher every transport calls: checks the name, parses input with the
// contract's zod schema (naming the bad field), runs the handler as the call's actor on the
// plan in scope, and maps errors to envelopes (storage failures to typed, plain errors).
import type { z } from 'zod';
import { LOCAL_ACTOR, type CallScope } from '../../../shared/api/bridge';
import { contract, isContractName } from '../../../shared/api/contract';
import { ApiError, type ApiIssue, type ApiResponse } from '../../../shared/api/errors';
import { authorize } from '../governance/acting-person';
import { currentActor, withActor } from '../store/actor';
import { freshCommand, withCommand } from '../store/command';
import { storageApiError } from '../store/sqlite-errors';
import type { HandlerContext, Handlers } from './types';

export type { CallScope, Dispatch } from '../../../shared/api/bridge';

/**
 * The dispatcher as the backend builds it: the scope may be left out (tests, scripts), which
 * means the live plan and LOCAL_ACTOR. It is assignable to `Dispatch`, the transports' type,
 * where the scope is required.
 */
export type LocalDispatch = (name: string, input: unknown, scope?: Partial<CallScope>) => Promise<ApiResponse>;

export interface DispatchOptions {
  /** Also validate handler output against the contract (tests and dev builds). */
  checkOutput?: boolean;
  onInternalError?: (name: string, err: unknown) => void;
}

export function createDispatcher(handlers: Handlers, ctx: HandlerContext, opts: DispatchOptions = {}): LocalDispatch {
  const dispatch: LocalDispatch = async (name, input, scope) => {
    if (!isContractName(name)) {
      return { ok: false, error: { code: 'UNKNOWN_API', message: `Unknown API "${String(name).slice(0, 100)}"` } };
    }
    const spec = contract[name];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = toIssues(parsed.error);
      const first = issues[0];
      const where = first && first.path ? `${first.path}: ` : '';
      return {
        ok: false,
        error: { code: 'VALIDATION', message: `Invalid input for ${name}: ${where}${first?.message ?? 'invalid'}`, issues },
      };
    }
    // A replayed command names its actor; else a transport's scope does; the CLI sets it around the call (withActor).
    let actor = scope?.command?.actor || scope?.actor || currentActor() || LOCAL_ACTOR;
    try {
      // Rights (issue 15): refused calls get FORBIDDEN naming the rule; a person's calls run as them.
      actor = authorize(ctx.base, name, actor).actor;
      const handler = handlers[name] as (i: unknown, c: HandlerContext) => unknown;
      const scoped: HandlerContext = scope?.scenario
        ? { ...ctx, store: ctx.scenarios.store(scope.scenario), scenario: scope.scenario, actor }
        : { ...ctx, actor };
      // Ids and times the handler makes up come from the command (issue 17): replays write the same rows.
      const command = scope?.command ? { ...scope.command, actor } : freshCommand(actor, ctx.base.now());
      const result = await withActor(actor, () => withCommand(command, () => handler(parsed.data, scoped)));
      if (opts.checkOutput) {
        const out = spec.output.safeParse(result);
        if (!out.success) throw new Error(`handler output for ${name} breaks the contract: ${JSON.stringify(toIssues(out.error))}`);
      }
      return { ok: true, result };
    } catch (caught) {
      const err = caught instanceof ApiError ? caught : (storageApiError(caught) ?? caught);
      if (err instanceof ApiError) {
        return {
          ok: false,
          error: { code: err.code, message: err.message, ...(err.details !== undefined ? { details: err.details } : {}) },
        };
      }
      opts.onInternalError?.(name, err);
      return { ok: false, error: { code: 'INTERNAL', message: `Internal error in ${name}: ${(err as Error)?.message ?? String(err)}` } };
    }
  };
  return dispatch;
}

function toIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
