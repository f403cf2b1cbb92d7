// Cells for the Operatives table that need more than a string: certificate expiry,
// absences relative to today, and supervisor flags.
import type { Absence, Competence, Flag } from '../../../../shared/domain/types';
import { daysBetween } from '../../../../shared/calendar';
import { Chip } from '../../components/Chip';
import { dateSpan, dayMonth, longDate } from '../../lib/format';

/** Certificates expiring within this many days are called out before they lapse. */
export const EXPIRY_WARNING_DAYS = 30;

export type ExpiryState = 'none' | 'valid' | 'expiring' | 'expired';

export function expiryState(expires: string | null, today: string): ExpiryState {
  if (!expires) return 'none';
  const left = daysBetween(today, expires);
  if (left < 0) return 'expired';
  return left <= EXPIRY_WARNING_DAYS ? 'expiring' : 'valid';
}

export function CompetencesCell({ competences, today }: { competences: readonly Competence[]; today: string }) {
  if (competences.length === 0) return <span className="muted">None</span>;
  return (
    <span className="cell-stack">
      {competences.map((c) => {
        const state = expiryState(c.expires, today);
        const when = c.expires ? longDate(c.expires) : '';
        if (state === 'expired')
          return (
            <Chip key={c.code} tone="danger" title={`${c.code} expired ${when}`}>
              {c.code} expired {when}
            </Chip>
          );
        if (state === 'expiring')
          return (
            <Chip key={c.code} tone="warning" title={`${c.code} expires ${when}`}>
              {c.code} expires {when}
            </Chip>
          );
        return (
          <Chip key={c.code} title={c.expires ? `${c.code} valid until ${when}` : `${c.code}, no expiry`}>
            {c.code}
          </Chip>
        );
      })}
    </span>
  );
}

/** Absences that have not ended yet, soonest first. */
export function upcomingAbsences(absences: readonly Absence[], today: string): Absence[] {
  return absences.filter((a) => a.to >= today).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

export function absenceSummary(absences: readonly Absence[], today: string): string {
  const next = upcomingAbsences(absences, today)[0];
  if (!next) return absences.length ? `${absences.length} (none ahead)` : 'None';
  return `${absences.length} · ${next.from <= today ? 'now' : 'next'} ${dateSpan(next.from, next.to)} (${next.kind})`;
}

export function AbsencesCell({ absences, today }: { absences: readonly Absence[]; today: string }) {
  if (absences.length === 0) return <span className="muted">None</span>;
  const next = upcomingAbsences(absences, today)[0];
  if (next && next.from <= today) {
    return (
      <span className="cell-stack">
        <span>{absences.length}</span>
        <Chip tone="warning">Absent until {dayMonth(next.to)}</Chip>
      </span>
    );
  }
  return <span>{absenceSummary(absences, today)}</span>;
}

export function flagText(f: Flag): string {
  return `${f.flag} ${f.scope}${f.until ? ` · review ${longDate(f.until)}` : ''}`;
}

export function FlagsCell({ flags }: { flags: readonly Flag[] }) {
  if (flags.length === 0) return <span className="muted">None</span>;
  return (
    <span className="cell-stack">
      {flags.map((f, i) => (
        <span key={f.id ?? i} className="flag" title={[flagText(f), f.owner && `Owner: ${f.owner}`, f.note].filter(Boolean).join('\n')}>
          <Chip tone={f.flag === 'DO_NOT_SEND' ? 'danger' : 'warning'}>
            {f.flag} {f.scope}
          </Chip>
          {f.until && <span className="flag-review muted">review {longDate(f.until)}</span>}
        </span>
      ))}
    </span>
  );
}
