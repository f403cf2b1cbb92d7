// Change control (`?view=control`, issue 15): the Sign-off queue, the change policy and locks,
// the deviation log and weekly review, the day's briefing and close-out, people and rights.
import { useState } from 'react';
import { SegmentedControl } from '../../components/SegmentedControl';
import { ViewHeader } from '../../components/ViewHeader';
import { DecisionRightsSection } from './DecisionRightsSection';
import { PeopleSection } from './PeopleSection';
import { ChangePolicySection } from './ChangePolicySection';
import { RequestChangeForm } from './RequestChangeForm';
import { SignOffSection } from './SignOffSection';
import { UnpublishedSection } from './UnpublishedSection';
import { DeviationsSection } from './DeviationsSection';
import { BriefingSection } from './BriefingSection';
import { CloseOutSection } from './CloseOutSection';
import './control.css';

const SECTIONS = ['sign-off', 'briefing', 'close-out', 'deviations', 'policy', 'people'] as const;
type Section = (typeof SECTIONS)[number];
const LABELS: Record<Section, string> = {
  'sign-off': 'Sign-off',
  briefing: 'Briefing',
  'close-out': 'Close-out',
  deviations: 'Deviations',
  policy: 'Change policy',
  people: 'People and rights',
};

export function ControlView({ date }: { date: string }) {
  const [section, setSection] = useState<Section>('sign-off');
  return (
    <section className="view control-view" aria-label="Change control view">
      <ViewHeader title="Change control">
        <SegmentedControl label="Section" value={section} options={SECTIONS} labels={LABELS} onChange={setSection} />
      </ViewHeader>
      {section === 'sign-off' && (
        <div className="control-columns">
          <SignOffSection />
          <RequestChangeForm />
          <UnpublishedSection />
        </div>
      )}
      {section === 'briefing' && <BriefingSection date={date} />}
      {section === 'close-out' && <CloseOutSection date={date} />}
      {section === 'deviations' && <DeviationsSection date={date} />}
      {section === 'policy' && <ChangePolicySection />}
      {section === 'people' && (
        <div className="control-columns">
          <PeopleSection />
          <DecisionRightsSection />
        </div>
      )}
    </section>
  );
}
