// Providers around the workstation: the status live region and the data-version counter
// every loader listens to.
import { StatusProvider } from '../components/StatusRegion';
import { DataVersionProvider } from '../hooks/useDataVersion';
import { Workstation } from './Workstation';

export function App() {
  return (
    <StatusProvider>
      <DataVersionProvider>
        <Workstation />
      </DataVersionProvider>
    </StatusProvider>
  );
}
