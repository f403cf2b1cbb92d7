// Tomorrow's flags for the end-of-day close-out: what the team must know before the next working
// day starts — absences and restrictions, carry-overs booked for it or not rebooked at all, visits
// at addresses with repeated failures (flags raised from actuals), and SLA deadlines falling due.
import { addressKey } from '../../../shared/actuals/address-flags';
import type { TOMORROW_FLAG_KINDS } from '../../../shared/api/areas/closeout';
import { addDays } from '../../../shared/calendar/dates';
import { addWorkingDays } from '../../../shared/calendar/working-days';
import type { Operative } from '../../../shared/domain/types';
import { slaPolicyOf } from '../sla/policy';
import { deadlineOf } from '../sla/deadlines';
import { listFlags } from '../store/actuals/flag-rows';
import type { Store } from '../store/store';

export interface TomorrowFlag {
  kind: (typeof TOMORROW_FLAG_KINDS)[number];
  ref: string | null;
  operative_id: string | null;
  message: string;
}

interface CarryOver {
  ref: string;
  booked: { operative_id: string; date: string } | null;
  status: string;
  deadline: string | null;
}

/** The next working day (England & Wales calendar), or simply the next day past the calendar's end. */
function nextWorkingDay(date: string): string {
  try {
    return addWorkingDays(date, 1);
  } catch {
    return addDays(date, 1);
  }
}

const when = (deadline: string) => deadline.replace('T', ' ').slice(0, 16);

export function tomorrowFlags(
  store: Store,
  date: string,
  ops: readonly Operative[],
  carryOvers: readonly CarryOver[],
): { date: string; flags: TomorrowFlag[] } {
  const next = nextWorkingDay(date);
  const ids = new Set(ops.map((o) => o.id));
  const name = new Map(ops.map((o) => [o.id, o.name]));
  const flags: TomorrowFlag[] = [];

  for (const a of store.read.absences())
    if (ids.has(a.operative_id) && a.from <= next && a.to >= next)
      flags.push({
        kind: 'absence',
        ref: null,
        operative_id: a.operative_id,
        message: `Absent: ${name.get(a.operative_id)} (${a.operative_id}) ${a.from} to ${a.to}, ${a.kind}: ${a.reason}`,
      });
  for (const f of store.read.flags())
    if (ids.has(f.operative_id) && (f.until === null || f.until >= next))
      flags.push({
        kind: 'restriction',
        ref: null,
        operative_id: f.operative_id,
        message: `Flag ${f.flag} ${f.scope} on ${name.get(f.operative_id)}${f.until ? ` until ${f.until}` : ''}: ${f.note}`,
      });

  for (const c of carryOvers) {
    if (['cancelled', 'done', 'archived'].includes(c.status)) continue;
    if (c.booked?.date === next)
      flags.push({
        kind: 'carried-over',
        ref: c.ref,
        operative_id: c.booked.operative_id,
        message: `${c.ref} carried over to ${c.booked.operative_id} on ${next}`,
      });
    else if (!c.booked)
      flags.push({
        kind: 'not-rebooked',
        ref: c.ref,
        operative_id: null,
        message: `${c.ref} is not rebooked${c.deadline ? ` (SLA deadline ${when(c.deadline)})` : ''}`,
      });
  }

  const sla = slaPolicyOf(store);
  const open = new Map(listFlags(store, false).map((f) => [f.address_key, f]));
  for (const e of store.read.diary(next, next)) {
    if (!ids.has(e.operative_id)) continue;
    const job = store.read.job(e.job_ref);
    if (!job) continue;
    const flag = open.get(addressKey(job.address));
    if (flag)
      flags.push({
        kind: 'address',
        ref: job.ref,
        operative_id: e.operative_id,
        message: `${job.ref} at ${job.address}: repeated failed visits at this address (flag raised ${flag.raised_on}, owner ${flag.owner})`,
      });
    const deadline = deadlineOf(job, sla);
    if (deadline && deadline.slice(0, 10) <= next)
      flags.push({ kind: 'sla-due', ref: job.ref, operative_id: e.operative_id, message: `${job.ref} SLA deadline ${when(deadline)}` });
  }
  return { date: next, flags };
}
