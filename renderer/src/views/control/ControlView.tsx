// Change control (`?view=control`, issue 15): the Sign-off queue, the change policy and locks,
// the deviation log and weekly review, the day's briefing and close-out, people and rights.
import { useState } from 'react';
import { SegmentedControl } from '../../components/SegmentedControl';
import { ViewHeader } from '../../components/ViewHeader';
import { DecisionRightsSection } from './DecisionRightsSection';
import { PeopleSection } from './PeopleSection';
import './control.css';

const SECTIONS = ['people'] as const;
type Section = (typeof SECTIONS)[number];
const LABELS: Record<Section, string> = { people: 'People and rights' };

export function ControlView({ date }: { date: string }) {
  const [section, setSection] = useState<Section>('people');
  void date;
  return (
    <section className="view control-view" aria-label="Change control view">
      <ViewHeader title="Change control">
        <SegmentedControl label="Section" value={section} options={SECTIONS} labels={LABELS} onChange={setSection} />
      </ViewHeader>
      {section === 'people' && (
        <div className="control-columns">
          <PeopleSection />
          <DecisionRightsSection />
        </div>
      )}
    </section>
  );
}
