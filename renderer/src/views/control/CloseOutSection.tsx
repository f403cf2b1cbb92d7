// The end-of-day close-out summary per team and date, built from actuals: completions against
// plan, carry-overs and where they are now, priority rebookings, the day's deviations and
// tomorrow's flags; also as a PDF to hand over.
import { api } from '../../api/client';
import { LoadState } from '../../components/ViewHeader';
import { useResource } from '../../hooks/useResource';
import { ColumnHeads } from '../../components/ColumnHeads';
import { DayTeamControls, useDayTeam } from './DayTeamControls';
import { HeadedList } from './HeadedList';

const when = (stamp: string | null) => (stamp ? stamp.replace('T', ' ').slice(0, 16) : '');

export function CloseOutSection({ date: focus }: { date: string }) {
  const day = useDayTeam(focus);
  const { date, team } = day;
  const c = useResource(() => (date ? api('closeout/get', team ? { date, team } : { date }) : Promise.resolve(undefined)), [date, team]);
  const d = c.data;
  const t = d?.totals;
  return (
    <section className="control-section briefing" aria-label="Close-out">
      <h2>End-of-day close-out</h2>
      <DayTeamControls day={day} pdfLabel="Close-out PDF" makePdf={(input) => api('closeout/create-pdf', input)} />
      <LoadState loading={c.loading && !d} error={d ? undefined : c.error} onRetry={c.reload} />
      {d && t && (
        <>
          <p aria-label="Completions summary">
            {d.version
              ? `Against version ${d.version}: ${t.completed} of ${t.planned} planned visits completed, ${t.not_done} not done, ${t.not_recorded} not recorded, ${t.unplanned} worked without being planned.`
              : d.message}
          </p>
          <h3>Completions against plan</h3>
          <table className="plain-table" aria-label="Completions against plan">
            <ColumnHeads names={['Job', 'Planned', 'Done by', 'Outcome', 'Reason']} />
            <tbody>
              {d.visits.map((v) => (
                <tr key={v.ref} data-outcome={v.outcome ?? 'not-recorded'}>
                  <th scope="row">{v.ref}</th>
                  <td>{v.planned ? `${v.planned.operative_id} ${v.planned.start}` : 'not planned'}</td>
                  <td>{v.actual ? `${v.actual.operative_id}${v.actual.arrived ? ` ${v.actual.arrived}` : ''}` : ''}</td>
                  <td>{v.outcome ?? 'not recorded'}</td>
                  <td>{v.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <HeadedList heading="Carry-overs" label="Carry-overs">
            {d.carry_overs.map((o) => (
              <li key={o.ref}>
                {o.ref} {o.priority} {o.outcome ?? 'not recorded'}
                {o.reason ? ` (${o.reason})` : ''}:{' '}
                {o.booked ? `rebooked ${o.booked.operative_id} ${o.booked.date}` : `not rebooked (${o.status})`}
                {o.deadline ? `, SLA ${when(o.deadline)}` : ''}
              </li>
            ))}
          </HeadedList>
          <HeadedList heading="Priority rebookings" label="Priority rebookings">
            {d.priority_rebookings.map((r) => (
              <li key={r.ref} data-urgent={r.urgent}>
                {r.urgent ? 'Urgent: ' : ''}
                {r.ref} {r.priority} {r.outcome}, rebook by {when(r.deadline) || 'no deadline'} (owner {r.owner})
                {r.booked ? `, booked ${r.booked.operative_id} ${r.booked.date}` : ''}
              </li>
            ))}
          </HeadedList>
          <HeadedList heading="Deviations" label="Deviations of the day">
            {d.deviations.map((x) => (
              <li key={x.key}>
                {x.ref} {x.kind}: {x.reason} ({x.decided_by};{' '}
                {x.within_policy ? 'within policy' : x.silent_override ? 'outside policy, silent override' : 'outside policy'})
              </li>
            ))}
          </HeadedList>
          <HeadedList heading={`Tomorrow's flags (${d.tomorrow.date})`} label="Tomorrow's flags">
            {d.tomorrow.flags.map((f, i) => (
              <li key={`${f.kind}-${f.ref ?? f.operative_id ?? i}-${i}`} data-kind={f.kind}>
                {f.message}
              </li>
            ))}
          </HeadedList>
        </>
      )}
    </section>
  );
}
