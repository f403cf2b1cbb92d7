// Renders the routed view inside its own error boundary (keyed by view, so switching
// away from a broken view resets it).
import { ErrorBoundary } from '../components/ErrorBoundary';
import { VIEW_LABELS, type Route } from './routes';
import { DiaryView } from '../views/diary/DiaryView';
import { JobsView } from '../views/jobs/JobsView';
import { OperativesView } from '../views/operatives/OperativesView';
import { PlaceholderView } from '../views/placeholders/PlaceholderView';
import { PLACEHOLDERS } from '../views/placeholders/placeholders';
import { ScenariosView } from '../views/scenarios/ScenariosView';

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
    case 'matrix':
    case 'publish':
    case 'roster':
      return <PlaceholderView {...PLACEHOLDERS[route.view]} />;
    case 'scenarios':
      return <ScenariosView />;
  }
}
