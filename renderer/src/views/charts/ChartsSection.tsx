// The planning charts under the matrix: utilisation per operative per day, SLA risk by
// priority, and the matrix's quadrant counts.
import { useState } from 'react';
import { MatrixCountsChart } from './MatrixCountsChart';
import { SlaRiskChart } from './SlaRiskChart';
import { UtilisationChart } from './UtilisationChart';
import './charts.css';

export function ChartsSection({ date, counts }: { date: string; counts: readonly { quadrant: string; jobs: number }[] }) {
  const [day, setDay] = useState(date);
  return (
    <section className="plan-charts" role="region" aria-label="Charts">
      <h2>Charts</h2>
      <div className="plan-charts-grid">
        <UtilisationChart date={day} onDate={setDay} />
        <SlaRiskChart />
        <MatrixCountsChart counts={counts} />
      </div>
    </section>
  );
}
