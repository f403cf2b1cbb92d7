// The start-of-day briefing per team and date: the day in short, absences and restrictions,
// priority jobs to watch, exceptions and priority changes; also as a PDF to hand out.
import { api } from '../../api/client';
import { LoadState } from '../../components/ViewHeader';
import { useResource } from '../../hooks/useResource';
import { DayTeamControls, useDayTeam } from './DayTeamControls';
import { HeadedList } from './HeadedList';

export function BriefingSection({ date: focus }: { date: string }) {
  const day = useDayTeam(focus);
  const { date, team } = day;
  const b = useResource(() => (date ? api('briefing/get', team ? { date, team } : { date }) : Promise.resolve(undefined)), [date, team]);
  const d = b.data;
  return (
    <section className="control-section briefing" aria-label="Briefing">
      <h2>Start-of-day briefing</h2>
      <DayTeamControls day={day} pdfLabel="Briefing PDF" makePdf={(input) => api('briefing/create-pdf', input)} />
      <LoadState loading={b.loading && !d} error={d ? undefined : b.error} onRetry={b.reload} />
      {d && (
        <>
          <HeadedList heading="Priority changes since the last briefing" label="Priority changes">
            {d.priority_changes.map((c) => (
              <li key={`${c.ref}-${c.to}`}>
                {c.ref}: {c.from} to {c.to} ({c.state}) — {c.requested_by}: {c.reason}
              </li>
            ))}
          </HeadedList>
          <HeadedList heading="Absences and restrictions" label="Absences and restrictions">
            {[
              ...d.absences.map((a) => (
                <li key={`${a.operative_id}-${a.from}`}>
                  Absent: {a.name} ({a.from} to {a.to}) — {a.reason}
                </li>
              )),
              ...d.restrictions.map((f) => (
                <li key={`${f.operative_id}-${f.flag}-${f.scope}`}>
                  {f.flag} {f.scope} on {f.name}
                  {f.until ? ` until ${f.until}` : ''}
                </li>
              )),
            ]}
          </HeadedList>
          <HeadedList heading="Exceptions" label="Exceptions">
            {d.exceptions.map((e) => (
              <li key={`${e.kind}-${e.ref}`}>{e.message}</li>
            ))}
          </HeadedList>
          <HeadedList heading="Priority jobs to watch" label="Priority jobs to watch">
            {d.watch.map((w) => (
              <li key={w.ref}>
                {w.ref} {w.priority} with {w.operative_id}
              </li>
            ))}
          </HeadedList>
          <h3>The day</h3>
          <ul aria-label="The day">
            {d.operatives.map((o) => (
              <li key={o.id}>
                {o.name}:{' '}
                {o.visits.length
                  ? o.visits.map((v) => `${v.start ?? ''} ${v.ref}${v.locked ? ' (locked)' : ''}`.trim()).join(', ')
                  : 'no visits'}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
