// Mapping between domain objects and table rows (arrays are stored as JSON text).
import type { Absence, DiaryEntry, Flag, Job, Operative } from '../../../shared/domain/types';
import type { Row } from './tables';

export function operativeToRow(o: Operative): Row {
  return {
    ...o,
    trades: JSON.stringify(o.trades),
    competences: JSON.stringify(o.competences),
    working_days: JSON.stringify(o.working_days),
    areas: JSON.stringify(o.areas),
  };
}
export function rowToOperative(r: Row): Operative {
  return {
    id: r.id as string,
    name: r.name as string,
    trades: JSON.parse(r.trades as string),
    competences: JSON.parse(r.competences as string),
    start_lat: r.start_lat as number,
    start_lon: r.start_lon as number,
    shift_start: r.shift_start as string,
    shift_end: r.shift_end as string,
    working_days: JSON.parse(r.working_days as string),
    areas: JSON.parse(r.areas as string),
    // Only when set, so an active operative reads back exactly as it was written.
    ...(r.retired_from ? { retired_from: r.retired_from as string } : {}),
  };
}

/** Job row without its dependency links (those live in the dependencies table). */
export function jobToRow(j: Omit<Job, 'depends_on'>): Row {
  const { ...rest } = j as Job;
  delete (rest as Partial<Job>).depends_on;
  return { ...rest, competences: JSON.stringify(j.competences) };
}
export function rowToJob(r: Row, dependsOn: Job['depends_on']): Job {
  return {
    ref: r.ref as string,
    address: r.address as string,
    lat: r.lat as number,
    lon: r.lon as number,
    area: r.area as string,
    trade: r.trade as string,
    min_proficiency: r.min_proficiency as number,
    competences: JSON.parse(r.competences as string),
    priority: r.priority as string,
    raised_at: r.raised_at as string,
    duration_min: r.duration_min as number,
    window: r.window as string,
    depends_on: dependsOn,
    impact: r.impact as number,
    effort: r.effort as number,
    owner: r.owner as string,
    done_when: r.done_when as string,
    notes: r.notes as string,
    status: r.status as Job['status'],
  };
}

export function absenceToRow(a: Absence): Row {
  return { id: a.id, operative_id: a.operative_id, from_date: a.from, to_date: a.to, reason: a.reason, kind: a.kind };
}
export function rowToAbsence(r: Row): Absence {
  return {
    id: r.id as number,
    operative_id: r.operative_id as string,
    from: r.from_date as string,
    to: r.to_date as string,
    reason: r.reason as string,
    kind: r.kind as Absence['kind'],
  };
}

export function flagToRow(f: Flag): Row {
  return { ...f };
}
export function rowToFlag(r: Row): Flag {
  return {
    id: r.id as number,
    operative_id: r.operative_id as string,
    flag: r.flag as Flag['flag'],
    scope: r.scope as string,
    until: (r.until as string | null) ?? null,
    owner: r.owner as string,
    note: r.note as string,
  };
}

export function diaryToRow(e: DiaryEntry): Row {
  return { ...e, pinned: e.pinned ? 1 : 0 };
}
export function rowToDiary(r: Row): DiaryEntry {
  return {
    job_ref: r.job_ref as string,
    operative_id: r.operative_id as string,
    date: r.date as string,
    start: (r.start as string | null) ?? null,
    sequence: r.sequence as number,
    pinned: r.pinned === 1,
  };
}
