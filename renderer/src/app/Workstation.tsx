// The app frame: header, view navigation, the current view and the notification area. Owns the
// app-wide state (theme, undo/redo, import dialog; the view and date live in the URL, url.ts) and
// the global shortcuts.
import { useEffect, useState } from 'react';
import { navigate, useUrlParam } from './url';
import { hasNativeMenu, useMenuCommands } from './useMenuCommands';
import { AppHeader } from './AppHeader';
import { ViewNav } from './ViewNav';
import { ViewOutlet } from './ViewOutlet';
import { StatusRegion } from '../components/StatusRegion';
import { NotificationArea } from '../components/notifications/NotificationArea';
import { useHotkeys } from '../hooks/useHotkeys';
import { useTheme } from '../hooks/useTheme';
import { useUndoRedo } from '../hooks/useUndoRedo';
import { ImportDialog } from '../views/import/ImportDialog';
import { AutoScheduleDialog } from '../views/schedule/AutoScheduleDialog';
import { SearchDialog } from './search/SearchDialog';
import { ShortcutsDialog } from './search/ShortcutsDialog';
import { ScenarioBanner } from '../scenarios/ScenarioBanner';
import { NewRepairDialog } from '../views/intake/NewRepairDialog';
import { PrintDialog } from '../views/print/PrintDialog';
import { BlockedNotice } from '../views/blocked/BlockedNotice';
import { useStartWeek } from './useStartWeek';
import { useScenario } from '../scenarios/ScenarioContext';

export function Workstation() {
  const view = useUrlParam('view');
  const date = useUrlParam('date');
  // The address always names the view and date shown (defaults filled in, bad values replaced).
  useEffect(() => navigate({ view, date }), [view, date]);
  const [theme, toggleTheme] = useTheme();
  const history = useUndoRedo();
  const [importing, setImporting] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [searching, setSearching] = useState(false);
  const [showKeys, setShowKeys] = useState(false);
  useStartWeek();
  const scenario = useScenario();
  const [newRepair, setNewRepair] = useState(false);
  const [printing, setPrinting] = useState(false);
  // Repairs arrive by phone all day: Ctrl+N opens New repair from anywhere.
  useHotkeys([{ key: 'n', mod: true, run: () => setNewRepair(true) }]);

  const undo = () => void history.run('undo');
  const redo = () => void history.run('redo');
  useMenuCommands((cmd) => void history.run(cmd));
  // In Electron the menu accelerators deliver these; handling keys too would undo twice.
  useHotkeys(
    [
      { key: 'z', mod: true, run: undo },
      { key: 'z', mod: true, shift: true, run: redo },
      { key: 'y', mod: true, run: redo },
    ],
    !hasNativeMenu(),
  );
  useHotkeys([
    { key: 'k', mod: true, run: () => setSearching(true) },
    { key: '?', mod: false, shift: 'any', run: () => setShowKeys(true) },
  ]);

  return (
    <div className="app" data-scenario={scenario.active ?? undefined}>
      <AppHeader
        history={history.status}
        onUndo={undo}
        onRedo={redo}
        theme={theme}
        onToggleTheme={toggleTheme}
        onImport={() => setImporting(true)}
        onAutoSchedule={() => setScheduling(true)}
        onNewRepair={() => setNewRepair(true)}
        onPrint={() => setPrinting(true)}
        onSearch={() => setSearching(true)}
        onShortcuts={() => setShowKeys(true)}
      />
      <ScenarioBanner />
      <BlockedNotice />
      <ViewNav view={view} date={date} />
      <main className="app-main" id="main">
        <ViewOutlet view={view} date={date} />
      </main>
      <StatusRegion />
      <NotificationArea onUndo={() => history.run('undo')} />
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
      {scheduling && <AutoScheduleDialog focusDate={date} onClose={() => setScheduling(false)} />}
      {newRepair && <NewRepairDialog onClose={() => setNewRepair(false)} />}
      {printing && <PrintDialog date={date} onClose={() => setPrinting(false)} />}
      {searching && <SearchDialog onClose={() => setSearching(false)} />}
      {showKeys && <ShortcutsDialog onClose={() => setShowKeys(false)} />}
    </div>
  );
}
