// Renders the routed view inside its own error boundary (keyed by view, so switching
// away from a broken view resets it).
import { ErrorBoundary } from '../components/ErrorBoundary';
import { VIEW_LABELS, type Route } from './routes';
import { DiaryView } from '../views/diary/DiaryView';
import { JobsView } from '../views/jobs/JobsView';
import { OperativesView } from '../views/operatives/OperativesView';
import { ScenariosView } from '../views/scenarios/ScenariosView';
import { DependenciesView } from '../views/dependencies/DependenciesView';
import { MatrixView } from '../views/matrix/MatrixView';
import { RosterView } from '../views/roster/RosterView';
import { PublishView } from '../views/publish/PublishView';
import { ActualsView } from '../views/actuals/ActualsView';

interface Props {
  route: Route;
  onNavigate: (patch: Partial<Route>) => void;
}

export function ViewOutlet({ route, onNavigate }: Props) {
  return (
    <ErrorBoundary key={route.view} where={`The ${VIEW_LABELS[route.view]} view`}>
      <CurrentView route={route} onNavigate={onNavigate} />
    </ErrorBoundary>
  );
}

function CurrentView({ route, onNavigate }: Props) {
  switch (route.view) {
    case 'diary':
      return <DiaryView date={route.date} onDateChange={(date) => onNavigate({ date })} />;
    case 'jobs':
      return <JobsView />;
    case 'operatives':
      return <OperativesView />;
    case 'dependencies':
      return <DependenciesView />;
    case 'matrix':
      return <MatrixView date={route.date} />;
    case 'roster':
      return <RosterView date={route.date} onNavigate={onNavigate} />;
    case 'publish':
      return <PublishView date={route.date} />;
    case 'scenarios':
      return <ScenariosView />;
    case 'actuals':
      return <ActualsView date={route.date} />;
  }
}
