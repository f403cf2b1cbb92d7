import { ApiError } from '../../../../shared/api/errors';
import { listConflicts, resolveConflict } from '../../team/client/conflicts';
import { applyRows } from '../../team/apply-rows';
import type { TeamSession } from '../../team/client/session';
import type { AreaHandlers, HandlerContext } from '../types';

function session(ctx: HandlerContext): TeamSession {
  if (!ctx.team || ctx.scenario) throw new ApiError('VALIDATION', 'Team sync works on the live plan only');
  return ctx.team;
}

const NOT_JOINED = {
  joined: false,
  online: false,
  pending: 0,
  conflicts: 0,
  last_sync: null,
  server: null,
  member: null,
  error: null,
  public_key: null,
};

export const teamHandlers: AreaHandlers<'team'> = {
  // The status is the workspace's, whatever plan the window has in scope.
  'team/get-status': (_i, ctx) => (ctx.team ? ctx.team.status() : NOT_JOINED),
  'team/sync-now': (_i, ctx) => session(ctx).sync(),
  'team/join-server': ({ server, token }, ctx) => session(ctx).join(server, token),
  'team/list-conflicts': (_i, ctx) => listConflicts(session(ctx).store),
  // A whole-plan change carried as rows (an accepted run, a promoted scenario): replayable anywhere.
  'team/apply-rows': (input, ctx) => applyRows(ctx.store, input),
  'team/resolve-conflict': ({ id, action }, ctx) => resolveConflict(session(ctx).store, session(ctx).dispatch, id, action),
};
