// The Review panel's list: slips computed against the reference plan now, plus the triggers
// recorded when they arose; each with its acknowledgement, if any.
import { ApiError } from '../../../shared/api/errors';
import type { ReviewTrigger } from '../../../shared/api/areas/review';
import { formatLongDate } from '../../../shared/calendar/dates';
import { absToLocal } from '../../../shared/graph';
import { findSlips, type Slip } from '../../../shared/review';
import { currentUser } from '../identity';
import { acknowledgements, storedTriggers } from '../store/review';
import type { Store } from '../store/store';
import { planModel } from '../plan/plan-model';
import { plannedFinishes } from './baseline';
import { referencePlan, type Reference } from './reference';

type Ack = ReviewTrigger['acknowledged'];

const TITLES: Record<ReviewTrigger['kind'], string> = {
  'slip-job': 'Finish slipped',
  'slip-chain': 'Chain finish slipped',
  absence: 'Operative newly absent',
  scope: 'Scope changed',
};

/** The API's answer: the reference plan (without its finishes) and the triggers. */
export function triggerList(store: Store, includeAcknowledged: boolean) {
  const { reference, triggers } = listTriggers(store, includeAcknowledged);
  return {
    reference: reference && { kind: reference.kind, id: reference.id, label: reference.label, saved_at: reference.saved_at },
    triggers,
  };
}

export function listTriggers(store: Store, includeAcknowledged = true): { reference: Reference | null; triggers: ReviewTrigger[] } {
  const acks = acknowledgements(store);
  const triggers = [...slipTriggers(store, acks), ...recordedTriggers(store, acks)];
  return { reference: referencePlan(store), triggers: includeAcknowledged ? triggers : triggers.filter((t) => !t.acknowledged) };
}

function slipTriggers(store: Store, acks: ReadonlyMap<string, Ack>): ReviewTrigger[] {
  const ref = referencePlan(store);
  if (!ref) return [];
  const slips = findSlips(ref.finishes, plannedFinishes(store), planModel(store).cpm.chains);
  return slips
    .sort((a, b) => b.slip_min - a.slip_min)
    .map((s) => {
      const key = `slip:${ref.id}:${s.kind}:${s.kind === 'job' ? s.ref : s.chain}`;
      return {
        key,
        kind: s.kind === 'job' ? 'slip-job' : 'slip-chain',
        title: TITLES[s.kind === 'job' ? 'slip-job' : 'slip-chain'],
        message: slipMessage(s, ref),
        refs: s.kind === 'job' ? [s.ref] : [...s.refs],
        operative_id: null,
        raised_at: null,
        slip_min: s.slip_min,
        acknowledged: acks.get(key) ?? null,
      };
    });
}

function slipMessage(s: Slip, ref: Reference): string {
  const what = s.kind === 'job' ? s.ref : `Chain ${s.chain} (${s.refs.length} jobs)`;
  return `${what} was planned to finish ${pretty(s.was_abs)} in "${ref.label}", now ${pretty(s.now_abs)}: ${days(s.slip_min)} later`;
}

function recordedTriggers(store: Store, acks: ReadonlyMap<string, Ack>): ReviewTrigger[] {
  return storedTriggers(store).map((r) => {
    const key = `stored:${r.id}`;
    return {
      key,
      kind: r.kind,
      title: TITLES[r.kind],
      message: r.message,
      refs: r.job_refs,
      operative_id: r.operative_id,
      raised_at: r.raised_at,
      slip_min: null,
      acknowledged: acks.get(key) ?? null,
    };
  });
}

export function acknowledgeTrigger(store: Store, key: string, note: string): ReviewTrigger {
  const trigger = listTriggers(store).triggers.find((t) => t.key === key);
  if (!trigger) throw new ApiError('NOT_FOUND', `No review trigger ${key} (it may have been resolved or undone); nothing was changed`);
  const ack = { note, at: store.now(), who: currentUser(store) };
  store.history.mutate(`Acknowledge review: ${trigger.title} (${trigger.refs.slice(0, 3).join(', ')})`, (rec) =>
    rec.put('review_acks', { trigger_key: key, ...ack }),
  );
  return { ...trigger, acknowledged: ack };
}

function pretty(abs: number): string {
  const local = absToLocal(abs);
  return `${formatLongDate(local.slice(0, 10))} ${local.slice(11)}`;
}

function days(min: number): string {
  const d = Math.floor(min / 1440);
  const h = Math.round((min - d * 1440) / 60);
  return h > 0 ? `${d}d ${h}h` : `${d}d`;
}
