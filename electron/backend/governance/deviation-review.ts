// The weekly review of deviations (issue 15): a learning note on a group of them, and "make it a
// planning assumption" — a standard duration, a supervisor flag or a roster pattern — written in
// the same undoable step that marks the deviations it came from, so the assumption links back to
// them. A roster pattern goes through the roster's own services (checks, drop-outs raised for review).
import { ApiError } from '../../../shared/api/errors';
import { groupDeviations } from '../../../shared/governance/deviations';
import type { Flag } from '../../../shared/domain/types';
import { currentUser } from '../identity';
import type { ChangeRecorder } from '../store/change-recorder';
import type { Store } from '../store/store';
import { deviationLog } from './deviation-log';
import { mutateRoster } from '../roster/dropouts';
import { currentActor } from '../store/actor';
import { authorize } from './acting-person';
import { preparePattern, writePatterns, type PatternRequest } from '../roster/patterns';

export type Assumption =
  | { type: 'standard-duration'; trade: string; job_type: string; minutes: number }
  | { type: 'flag'; flag: Omit<Flag, 'id'> }
  | { type: 'roster-pattern'; pattern: PatternRequest };

export function weeklyReview(store: Store, from: string, to: string) {
  const list = deviationLog(store, from, to);
  return { from, to, total: list.length, outside_policy: list.filter((d) => !d.within_policy).length, groups: groupDeviations(list) };
}

function known(store: Store, from: string, to: string, keys: readonly string[]): void {
  const have = new Set(deviationLog(store, from, to).map((d) => d.key));
  const missing = keys.find((k) => !have.has(k));
  if (missing) throw new ApiError('NOT_FOUND', `No deviation ${missing} between ${from} and ${to}`);
}

function mark(
  store: Store,
  rec: ChangeRecorder,
  keys: readonly string[],
  state: 'reviewed' | 'assumption',
  note: string,
  assumption: string | null,
) {
  const who = currentUser(store);
  const at = store.now();
  for (const key of keys) rec.put('deviation_reviews', { key, state, note, assumption, reviewed_by: who, reviewed_at: at });
}

export function saveReview(store: Store, r: { from: string; to: string; keys: string[]; note: string }): { reviewed: number } {
  known(store, r.from, r.to, r.keys);
  store.history.mutate(`Review ${r.keys.length} deviation${r.keys.length === 1 ? '' : 's'}: ${r.note.slice(0, 50)}`, (rec) =>
    mark(store, rec, r.keys, 'reviewed', r.note, null),
  );
  return { reviewed: r.keys.length };
}

export function makeAssumption(
  store: Store,
  r: { from: string; to: string; keys: string[]; note: string; assumption: Assumption },
): { assumption: string } {
  known(store, r.from, r.to, r.keys);
  const a = r.assumption;
  if (a.type === 'roster-pattern') {
    // The roster's own right: changing a roster from a review is no wider than changing it directly.
    authorize(store, 'roster/apply-pattern', currentActor());
    const prepared = preparePattern(store, a.pattern);
    const p = a.pattern;
    const text = `roster pattern "${p.name.trim()}" (${p.kind}) for ${p.operative_ids.join(', ')} from ${p.from}${p.to ? ` to ${p.to}` : ''}`;
    mutateRoster(store, `Planning assumption: ${text}`, prepared.affected, (rec) => {
      writePatterns(rec, prepared);
      mark(store, rec, r.keys, 'assumption', r.note, text);
    });
    return { assumption: text };
  }
  if (a.type === 'flag' && !store.read.operative(a.flag.operative_id))
    throw new ApiError('NOT_FOUND', `No operative ${a.flag.operative_id}`);
  const text =
    a.type === 'standard-duration'
      ? `standard duration ${a.trade}/${a.job_type} ${a.minutes} min`
      : `supervisor flag ${a.flag.flag} ${a.flag.scope} on ${a.flag.operative_id}${a.flag.until ? ` until ${a.flag.until}` : ''}`;
  store.history.mutate(`Planning assumption: ${text}`, (rec) => {
    if (a.type === 'standard-duration')
      rec.put('standard_durations', {
        trade: a.trade,
        job_type: a.job_type,
        minutes: a.minutes,
        samples: r.keys.length,
        spread_min: 0,
        from_date: r.from,
        to_date: r.to,
        applied_at: store.now(),
        applied_by: currentUser(store),
      });
    else rec.insertWithId('flags', a.flag);
    mark(store, rec, r.keys, 'assumption', r.note, text);
  });
  return { assumption: text };
}
