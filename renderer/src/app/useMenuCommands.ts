// Undo/Redo from the Electron menu. The menu's accelerators own Ctrl+Z there, so when the
// focus is in a text field we give the field its own undo instead of the backend's.
import { useEffect, useRef } from 'react';
import { isTextEditing } from '../hooks/useHotkeys';
import type { HistoryCommand } from '../hooks/useUndoRedo';

export function hasNativeMenu(): boolean {
  return typeof window.planwright?.onMenu === 'function';
}

export function useMenuCommands(run: (command: HistoryCommand) => void): void {
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(() => {
    const bridge = window.planwright;
    if (!bridge?.onMenu) return;
    // The preload returns an unsubscribe function, though the declared type says void.
    const off: unknown = bridge.onMenu((command) => {
      if (command !== 'undo' && command !== 'redo') return;
      if (isTextEditing(document.activeElement)) {
        document.execCommand(command);
        return;
      }
      if (document.querySelector('dialog[open]')) return;
      runRef.current(command);
    });
    return () => {
      if (typeof off === 'function') off();
    };
  }, []);
}
