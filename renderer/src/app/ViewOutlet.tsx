// Renders the routed view inside its own error boundary (keyed by view, so switching
// away from a broken view resets it).
import { ErrorBoundary } from '../components/ErrorBoundary';
import { VIEW_LABELS, type ViewId } from './routes';
import { navigate } from './url';
import { DiaryView } from '../views/diary/DiaryView';
import { JobsView } from '../views/jobs/JobsView';
import { OperativesView } from '../views/operatives/OperativesView';
import { ScenariosView } from '../views/scenarios/ScenariosView';
import { DependenciesView } from '../views/dependencies/DependenciesView';
import { MatrixView } from '../views/matrix/MatrixView';
import { RosterView } from '../views/roster/RosterView';
import { PublishView } from '../views/publish/PublishView';
import { ActualsView } from '../views/actuals/ActualsView';
import { ControlView } from '../views/control/ControlView';

interface Props {
  view: ViewId;
  /** The focus date (`?date=`). */
  date: string;
}

export function ViewOutlet({ view, date }: Props) {
  return (
    <ErrorBoundary key={view} where={`The ${VIEW_LABELS[view]} view`}>
      <CurrentView view={view} date={date} />
    </ErrorBoundary>
  );
}

function CurrentView({ view, date }: Props) {
  switch (view) {
    case 'diary':
      return <DiaryView date={date} onDateChange={(d) => navigate({ date: d })} />;
    case 'jobs':
      return <JobsView />;
    case 'operatives':
      return <OperativesView />;
    case 'dependencies':
      return <DependenciesView />;
    case 'matrix':
      return <MatrixView date={date} />;
    case 'roster':
      return <RosterView date={date} onNavigate={navigate} />;
    case 'publish':
      return <PublishView date={date} />;
    case 'scenarios':
      return <ScenariosView />;
    case 'actuals':
      return <ActualsView date={date} />;
    case 'control':
      return <ControlView date={date} />;
  }
}
