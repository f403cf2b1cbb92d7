// The headline figures of plan versus actual, as a description list (name, value, detail).
import type { ApiOutput } from '../../../../shared/api/contract';
import { minutes, percent } from './actualsText';

type Kpis = ApiOutput<'actuals/get-report'>['kpis'];

export function KpiTiles({ kpis: k }: { kpis: Kpis }) {
  const tiles: { id: string; name: string; value: string; detail: string }[] = [
    {
      id: 'completion_rate',
      name: 'Completion rate',
      value: percent(k.completion_rate),
      detail: `${k.completed} of ${k.visits - k.cancelled} visits made`,
    },
    {
      id: 'first_visit_completion',
      name: 'First-visit completion',
      value: percent(k.first_visit_completion),
      detail: 'jobs done on the first visit',
    },
    { id: 'no_access_rate', name: 'No access', value: percent(k.no_access_rate), detail: `${k.no_access} visits` },
    { id: 'abortive_rate', name: 'Abortive', value: percent(k.abortive_rate), detail: `${k.abortive} visits` },
    {
      id: 'rp02_emergency',
      name: 'Emergency within target',
      value: percent(k.rp02.emergency.rate),
      detail: `${k.rp02.emergency.within_target} of ${k.rp02.emergency.completed} (RP02)`,
    },
    {
      id: 'rp02_non_emergency',
      name: 'Non-emergency within target',
      value: percent(k.rp02.non_emergency.rate),
      detail: `${k.rp02.non_emergency.within_target} of ${k.rp02.non_emergency.completed} (RP02)`,
    },
    { id: 'punctuality', name: 'Punctuality', value: percent(k.punctuality), detail: `${k.late_visits} late for the window` },
    {
      id: 'duration_variance',
      name: 'Duration variance',
      value: minutes(k.duration_variance_min),
      detail:
        k.duration_variance_pct === null
          ? 'no timed completions'
          : `${k.duration_variance_pct >= 0 ? '+' : ''}${percent(k.duration_variance_pct)} on site`,
    },
  ];
  return (
    <dl className="kpi-tiles" aria-label="Key figures">
      {tiles.map((t) => (
        <div key={t.id} className="kpi-tile" data-kpi={t.id}>
          <dt>{t.name}</dt>
          <dd className="kpi-value">{t.value}</dd>
          <dd className="kpi-detail muted">{t.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
