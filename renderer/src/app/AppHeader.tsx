// Top bar: product name, what is in the workspace, and the global commands.
import { api } from '../api/client';
import { Chip } from '../components/Chip';
import type { HistoryStatus } from '../../../shared/api/views';
import { useResource } from '../hooks/useResource';
import type { Theme } from '../hooks/useTheme';
import { plural } from '../lib/format';
import { PlanPicker } from '../scenarios/PlanPicker';
import { ActivityButton } from '../components/notifications/ActivityButton';
import { ActingAs } from './ActingAs';
import { UnpublishedBadge } from './UnpublishedBadge';
import { TeamStatus } from '../views/team/TeamStatus';

interface Props {
  history: HistoryStatus | undefined;
  onUndo: () => void;
  onRedo: () => void;
  theme: Theme;
  onToggleTheme: () => void;
  onImport: () => void;
  onAutoSchedule: () => void;
  onNewRepair: () => void;
  onPrint: () => void;
  onSearch: () => void;
  onShortcuts: () => void;
}

export function AppHeader({
  history,
  onUndo,
  onRedo,
  theme,
  onToggleTheme,
  onImport,
  onAutoSchedule,
  onNewRepair,
  onPrint,
  onSearch,
  onShortcuts,
}: Props) {
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ▦
        </span>
        <span className="brand-name">Planwright</span>
      </div>
      <WorkspaceCounts />
      <div className="header-actions">
        <button type="button" onClick={onSearch} aria-keyshortcuts="Control+K" title="Search jobs, addresses and operatives (Ctrl+K)">
          Search <kbd className="header-kbd">Ctrl+K</kbd>
        </button>
        <TeamStatus />
        <UnpublishedBadge />
        <ActingAs />
        <PlanPicker />
        <button type="button" onClick={onNewRepair} aria-keyshortcuts="Control+N" title="New repair (Ctrl+N)">
          New repair…
        </button>
        <button type="button" onClick={onPrint}>
          Print day sheets…
        </button>
        <button type="button" onClick={onAutoSchedule}>
          Auto-schedule…
        </button>
        <button type="button" onClick={onImport}>
          Import CSV…
        </button>
        <span className="button-group">
          <HistoryButton word="Undo" can={history?.canUndo} what={history?.undoLabel} keys="Control+Z" onClick={onUndo} />
          <HistoryButton word="Redo" can={history?.canRedo} what={history?.redoLabel} keys="Control+Shift+Z Control+Y" onClick={onRedo} />
        </span>
        <button
          type="button"
          className="theme-toggle"
          aria-label="Toggle dark theme"
          aria-pressed={theme === 'dark'}
          title={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
          onClick={onToggleTheme}
        >
          <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span>
        </button>
        <ActivityButton />
        <button
          type="button"
          className="icon-button"
          aria-label="Keyboard shortcuts"
          aria-keyshortcuts="?"
          title="Keyboard shortcuts (?)"
          onClick={onShortcuts}
        >
          ?
        </button>
      </div>
    </header>
  );
}

/** Undo or Redo: its title names the step it would undo or redo. */
function HistoryButton(p: { word: 'Undo' | 'Redo'; can?: boolean; what?: string | null; keys: string; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={p.onClick}
      disabled={!p.can}
      title={p.what ? `${p.word} ${p.what}` : `Nothing to ${p.word.toLowerCase()}`}
      aria-keyshortcuts={p.keys}
    >
      {p.word}
    </button>
  );
}

function WorkspaceCounts() {
  const info = useResource(() => api('workspace/get-info', {}), []);
  const c = info.data?.counts;
  if (!c) return <div className="workspace-counts muted">{info.error ? 'Workspace unavailable' : 'Loading workspace…'}</div>;
  return (
    <div className="workspace-counts" title={info.data?.path}>
      <span>{plural(c.operatives, 'operative')}</span>
      <span>{plural(c.jobs, 'job')}</span>
      <span>{plural(c.unscheduled, 'unscheduled job', 'unscheduled')}</span>
      {info.data?.readOnly && (
        <span role="note" aria-label={`Read-only: ${info.data.readOnly}`}>
          <Chip tone="warning" title={`${info.data.readOnly}. You can browse, export and compare; changes are refused.`}>
            Read-only
          </Chip>
        </span>
      )}
    </div>
  );
}
