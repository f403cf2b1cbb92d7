// Window-level keyboard shortcuts. Skipped while typing in a text field so Ctrl+Z there
// stays the field's own undo, and while a modal dialog is open.
import { useEffect, useRef } from 'react';

export interface Hotkey {
  /** KeyboardEvent.key, compared case-insensitively. */
  key: string;
  /** Ctrl on Windows/Linux or Cmd on macOS. */
  mod: boolean;
  /** 'any': the key itself decides ("?" is Shift+/ on some layouts, not on others). */
  shift?: boolean | 'any';
  run: () => void;
}

export function isTextEditing(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return !el.readOnly;
  if (el instanceof HTMLInputElement) {
    return !el.readOnly && !['button', 'checkbox', 'radio', 'file', 'submit', 'reset', 'range', 'color'].includes(el.type);
  }
  return el instanceof HTMLElement && el.isContentEditable;
}

export function useHotkeys(keys: readonly Hotkey[], enabled = true): void {
  // Latest bindings without re-subscribing on every render.
  const ref = useRef(keys);
  ref.current = keys;

  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || isTextEditing(document.activeElement)) return;
      if (document.querySelector('dialog[open]')) return;
      const mod = e.ctrlKey || e.metaKey;
      const hit = ref.current.find(
        (k) =>
          k.key.toLowerCase() === e.key.toLowerCase() &&
          k.mod === mod &&
          (k.shift === 'any' || (k.shift ?? false) === e.shiftKey) &&
          !e.altKey,
      );
      if (!hit) return;
      e.preventDefault();
      hit.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
