// Plan versus actual over a range: the KPIs, charts, every visit against the version in force,
// and the same as CSV.
import { useState } from 'react';
import { api } from '../../api/client';
import { saveFile } from '../../lib/download';
import { LoadState } from '../../components/ViewHeader';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { weekOf } from '../publish/range';
import { KpiTiles } from './KpiTiles';
import { OutcomeCharts } from './OutcomeCharts';
import { RangeInputs } from './RangeInputs';
import { isRange, useRangeResource } from './useRangeResource';
import { VisitsTable } from './VisitsTable';

export function ReportSection({ date }: { date: string }) {
  const [range, setRange] = useState(() => weekOf(date));
  const report = useRangeResource(range, 'actuals/get-report');
  const { announce } = useStatus();
  const { run } = useAction();

  const exportCsv = async () => {
    await run(async () => {
      const { csv, rows } = await api('actuals/export-report', range);
      saveFile(`plan-vs-actual-${range.from}-${range.to}.csv`, csv, 'text/csv');
      announce(`Exported ${rows} visit${rows === 1 ? '' : 's'}, ${range.from} to ${range.to}.`, 'success');
    });
  };

  const data = report.data;
  return (
    <div className="actuals-section">
      <div className="actuals-tools">
        <RangeInputs range={range} onChange={setRange} />
        <button type="button" disabled={!data || data.visits.length === 0} onClick={() => void exportCsv()}>
          Export CSV
        </button>
      </div>
      {!isRange(range) && <p className="error-text">Choose a range that starts on or before it ends.</p>}
      <LoadState loading={report.loading && !data} error={data ? undefined : report.error} onRetry={report.reload} />
      {data && data.visits.length === 0 && (
        <p className="muted">
          No visits recorded between {range.from} and {range.to}. Import actuals.csv or close out a day.
        </p>
      )}
      {data && data.visits.length > 0 && (
        <>
          <KpiTiles kpis={data.kpis} />
          <OutcomeCharts report={data} />
          <VisitsTable visits={data.visits} />
        </>
      )}
    </div>
  );
}
