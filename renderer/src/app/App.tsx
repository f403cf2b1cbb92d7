// Providers around the workstation: the status live region, the data-version counter every
// loader listens to, and the plan in use (live plan or a what-if scenario).
import { StatusProvider } from '../components/StatusRegion';
import { DataVersionProvider } from '../hooks/useDataVersion';
import { Workstation } from './Workstation';
import { ScenarioProvider } from '../scenarios/ScenarioContext';

export function App() {
  return (
    <StatusProvider>
      <DataVersionProvider>
        <ScenarioProvider>
          <Workstation />
        </ScenarioProvider>
      </DataVersionProvider>
    </StatusProvider>
  );
}
