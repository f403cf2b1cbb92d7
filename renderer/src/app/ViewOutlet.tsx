// Renders the routed view inside its own error boundary (keyed by view, so switching
// away from a broken view resets it).
import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { VIEW_LABELS, type ViewId } from './routes';
import { navigate } from './url';
import { DiaryView } from '../views/diary/DiaryView';

// The diary (the first screen) is in the main bundle; every other view is its own chunk, fetched
// the first time it is opened, so the first card is not waiting for code it doesn't need.
const JobsView = lazy(() => import('../views/jobs/JobsView').then((m) => ({ default: m.JobsView })));
const OperativesView = lazy(() => import('../views/operatives/OperativesView').then((m) => ({ default: m.OperativesView })));
const ScenariosView = lazy(() => import('../views/scenarios/ScenariosView').then((m) => ({ default: m.ScenariosView })));
const DependenciesView = lazy(() => import('../views/dependencies/DependenciesView').then((m) => ({ default: m.DependenciesView })));
const MatrixView = lazy(() => import('../views/matrix/MatrixView').then((m) => ({ default: m.MatrixView })));
const RosterView = lazy(() => import('../views/roster/RosterView').then((m) => ({ default: m.RosterView })));
const PublishView = lazy(() => import('../views/publish/PublishView').then((m) => ({ default: m.PublishView })));
const ActualsView = lazy(() => import('../views/actuals/ActualsView').then((m) => ({ default: m.ActualsView })));
const ControlView = lazy(() => import('../views/control/ControlView').then((m) => ({ default: m.ControlView })));

interface Props {
  view: ViewId;
  /** The focus date (`?date=`). */
  date: string;
}

export function ViewOutlet({ view, date }: Props) {
  return (
    <ErrorBoundary key={view} where={`The ${VIEW_LABELS[view]} view`}>
      <Suspense fallback={<p className="load-state muted">Loading {VIEW_LABELS[view]}…</p>}>
        <CurrentView view={view} date={date} />
      </Suspense>
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
