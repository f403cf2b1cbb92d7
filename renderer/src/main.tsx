// Entry point: apply the saved theme before the first paint (no light flash in dark mode),
// then mount the app inside a last-resort error boundary so the window is never blank.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { applyTheme, initialTheme } from './hooks/useTheme';
import './styles/theme.css';
import './styles/base.css';
import './styles/frame.css';
import './styles/table.css';
import './styles/dialog.css';
import './styles/views.css';
import './styles/scenarios.css';

applyTheme(initialTheme());

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing #root');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary where="Planwright">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
