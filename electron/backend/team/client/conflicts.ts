// The commands the team server refused, and what the planner does about each: redo (apply it
// again, as a new command on today's state), drop (forget it), or send it for sign-off (a diary
// move becomes a change request a planner approves or rejects).
import { ApiError } from '../../../../shared/api/errors';
import { forgetCommand, outbox, outboxCommand, type OutboxCommand } from '../../store/team/outbox-rows';
import type { Store } from '../../store/store';
import type { LocalDispatch } from '../replay';

export interface TeamConflict {
  id: string;
  name: string;
  input: unknown;
  at: string;
  state: 'conflict' | 'sign-off';
  code: string | null;
  reason: string | null;
  summary: string;
}

interface MoveInput {
  ref?: string;
  to?: { operative_id?: string; date?: string } | null;
}

function summarise(c: OutboxCommand): string {
  const i = (c.input ?? {}) as MoveInput & Record<string, unknown>;
  if (c.name === 'diary/move-job' && i.ref)
    return i.to ? `Move ${i.ref} to ${i.to.operative_id} on ${i.to.date}` : `Return ${i.ref} to the tray`;
  const ref = typeof i.ref === 'string' ? ` ${i.ref}` : '';
  return `${c.name}${ref}`;
}

export function listConflicts(store: Store): TeamConflict[] {
  return outbox(store, 'unresolved').map((c) => ({
    id: c.id,
    name: c.name,
    input: c.input,
    at: c.at,
    state: c.state === 'sign-off' ? 'sign-off' : 'conflict',
    code: c.code,
    reason: c.reason,
    summary: summarise(c),
  }));
}

export async function resolveConflict(
  store: Store,
  dispatch: LocalDispatch,
  id: string,
  action: 'redo' | 'drop' | 'sign-off',
): Promise<{ id: string; action: string; message: string }> {
  const c = outboxCommand(store, id);
  if (!c || c.state === 'pending') throw new ApiError('NOT_FOUND', `No conflict ${id} on this workstation (see team conflicts)`);
  if (action === 'drop') {
    forgetCommand(store, id);
    return { id, action, message: `Dropped: ${summarise(c)}` };
  }
  if (action === 'redo') {
    const r = await dispatch(c.name, c.input);
    if (!r.ok) throw new ApiError(r.error.code, `Cannot redo ${summarise(c)} on the current plan: ${r.error.message}`);
    forgetCommand(store, id);
    return { id, action, message: `Redone as a new command: ${summarise(c)}` };
  }
  const move = c.input as MoveInput;
  if (c.name !== 'diary/move-job' || !move.ref || !move.to?.operative_id || !move.to.date)
    throw new ApiError('VALIDATION', `Only a diary move can be sent for sign-off; ${summarise(c)} can be redone or dropped`);
  const job = await dispatch('jobs/get', { ref: move.ref });
  const placedOn = job.ok ? ((job.result as { placement?: { date?: string } | null }).placement?.date ?? null) : null;
  const r = await dispatch('changes/request', {
    ref: move.ref,
    kind: placedOn === move.to.date ? 'reassign-same-day' : 'move-day',
    to_operative: move.to.operative_id,
    to_date: move.to.date,
    reason: `Team conflict: ${(c.reason ?? 'refused by the team server').slice(0, 470)}`,
  });
  if (!r.ok) throw new ApiError(r.error.code, `Cannot send ${summarise(c)} for sign-off: ${r.error.message}`);
  forgetCommand(store, id);
  return { id, action, message: `Sent for sign-off: ${summarise(c)}` };
}
