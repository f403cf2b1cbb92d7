// Every keyboard shortcut, as "?" lists them. A feature that adds a key adds a line here.
export interface Shortcut {
  keys: string;
  what: string;
}

export interface ShortcutGroup {
  title: string;
  items: readonly Shortcut[];
}

export const SHORTCUTS: readonly ShortcutGroup[] = [
  {
    title: 'Anywhere',
    items: [
      { keys: 'Ctrl+K', what: 'Search jobs, addresses and operatives; Enter jumps to the card or row' },
      { keys: 'Ctrl+N', what: 'New repair: a job phoned in, with its SLA deadline and suggested operatives' },
      { keys: 'Ctrl+Z', what: 'Undo your last change' },
      { keys: 'Ctrl+Shift+Z or Ctrl+Y', what: 'Redo' },
      { keys: '?', what: 'Show these keyboard shortcuts' },
      { keys: 'Escape', what: 'Close a dialog or the activity list' },
    ],
  },
  {
    title: 'Diary board',
    items: [
      { keys: 'Space or Enter', what: 'Pick up the focused card; drop it where it is' },
      { keys: '↑ ↓', what: 'While carrying: previous or next operative' },
      { keys: '← →', what: 'While carrying: previous or next day (right of the last day: the Unscheduled tray)' },
      { keys: 'Page Up / Page Down', what: 'While carrying: ten operatives up or down' },
      { keys: 'Home / End', what: 'While carrying: first or last day' },
      { keys: 'E', what: 'While carrying: Eligible only — hide operatives the job is blocked for' },
      { keys: 'Escape', what: 'Cancel the drag' },
      { keys: 'Shift+Space', what: 'Add the card to a selection to move several at once' },
    ],
  },
];
