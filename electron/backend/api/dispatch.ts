// The single dispatcher both transports call: checks the name, parses input with the
// contract's zod schema (naming the bad field), runs the handler, maps errors to envelopes.
import type { z } from 'zod';
import { contract, isContractName } from '../../../shared/api/contract';
import { ApiError, type ApiIssue, type ApiResponse } from '../../../shared/api/errors';
import type { CallScope, HandlerContext, Handlers } from './types';

export type Dispatch = (name: string, input: unknown, scope?: CallScope) => Promise<ApiResponse>;

export interface DispatchOptions {
  /** Also validate handler output against the contract (tests and dev builds). */
  checkOutput?: boolean;
  onInternalError?: (name: string, err: unknown) => void;
}

export function createDispatcher(handlers: Handlers, ctx: HandlerContext, opts: DispatchOptions = {}): Dispatch {
  return async (name, input, scope) => {
    if (!isContractName(name)) {
      return { ok: false, error: { code: 'UNKNOWN_API', message: `Unknown API "${String(name)}"` } };
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
    try {
      const handler = handlers[name] as (i: unknown, c: HandlerContext) => unknown;
      const scoped = scope?.scenario ? { ...ctx, store: ctx.scenarios.store(scope.scenario), scenario: scope.scenario } : ctx;
      const result = await handler(parsed.data, scoped);
      if (opts.checkOutput) {
        const out = spec.output.safeParse(result);
        if (!out.success) throw new Error(`handler output for ${name} breaks the contract: ${JSON.stringify(toIssues(out.error))}`);
      }
      return { ok: true, result };
    } catch (err) {
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
}

function toIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
