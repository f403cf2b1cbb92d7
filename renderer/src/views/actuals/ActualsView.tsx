// Plan vs actual (`?view=actuals`): what happened against the version in force, and what it asks
// of the next plan. Sections: the comparison (KPIs, charts, table, CSV export), the end-of-day
// close-out, flagged addresses, learned durations and the actuals policy.
import { ViewHeader } from '../../components/ViewHeader';
import { SegmentedControl } from '../../components/SegmentedControl';
import { AddressFlagsSection } from './AddressFlagsSection';
import { CloseOutSection } from './CloseOutSection';
import { DurationsSection } from './DurationsSection';
import { ImportActuals } from './ImportActuals';
import { PolicySection } from './PolicySection';
import { ReportSection } from './ReportSection';
import { SECTIONS, SECTION_LABELS, useSectionParam } from './sections';
import './actuals.css';

export function ActualsView({ date }: { date: string }) {
  const [section, setSection] = useSectionParam();
  return (
    <section className="view actuals-view" aria-label="Plan vs actual view">
      <ViewHeader title="Plan vs actual">
        <SegmentedControl label="Section" value={section} options={SECTIONS} labels={SECTION_LABELS} onChange={setSection} />
        <ImportActuals />
      </ViewHeader>
      {section === 'report' && <ReportSection date={date} />}
      {section === 'close-out' && <CloseOutSection date={date} />}
      {section === 'addresses' && <AddressFlagsSection />}
      {section === 'durations' && <DurationsSection date={date} />}
      {section === 'policy' && <PolicySection />}
    </section>
  );
}
