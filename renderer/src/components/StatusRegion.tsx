// The app's messages. `useStatus()` is the one way to say something: `announce(text, kind)` and
// `report(error)`. Every message goes to the single polite live region (screen readers hear it),
// and — unless it is only narration, like a drag's "Over Olivia Good…" — to the notification
// area (toasts, activity list: components/notifications/).
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ApiCallError } from '../api/client';
import { VisuallyHidden } from './VisuallyHidden';

export type StatusKind = 'info' | 'success' | 'error';

export interface AnnounceOptions {
  /** False: for the live region only, no toast and no activity entry (drag narration). Default true. */
  toast?: boolean;
  /** The message reports a write that is now the last undo step: its toast offers Undo. */
  undoable?: boolean;
}

export interface Note {
  /** Increasing per message, so a repeat of the same text is still a new message. */
  seq: number;
  text: string;
  kind: StatusKind;
  /** When it was said (ms since epoch). */
  at: number;
  toast: boolean;
  undoable: boolean;
  /** Closed by the user, by its timer, or because it no longer describes the plan (undone). */
  dismissed: boolean;
}

interface StatusApi {
  announce: (text: string, kind?: StatusKind, options?: AnnounceOptions) => void;
  /** Announces an error with its API code when it has one. */
  report: (error: unknown) => void;
}

export interface NotesApi {
  notes: readonly Note[];
  dismiss: (seq: number) => void;
  clear: () => void;
}

const Ctx = createContext<StatusApi>({ announce: () => {}, report: () => {} });
const NotesCtx = createContext<NotesApi>({ notes: [], dismiss: () => {}, clear: () => {} });
/** The activity list keeps this many messages. */
const KEEP = 100;

export function errorText(error: unknown): string {
  if (error instanceof ApiCallError) {
    const issues = error.body.issues?.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)) ?? [];
    return [error.message, ...issues].join(' — ');
  }
  return error instanceof Error ? error.message : String(error);
}

export function StatusProvider({ children }: { children: ReactNode }) {
  const [latest, setLatest] = useState<Note | null>(null);
  const [notes, setNotes] = useState<readonly Note[]>([]);
  const announce = useCallback((text: string, kind: StatusKind = 'info', options: AnnounceOptions = {}) => {
    const toast = options.toast ?? true;
    const note: Note = {
      seq: nextSeq(),
      text,
      kind,
      at: Date.now(),
      toast,
      undoable: toast && Boolean(options.undoable),
      dismissed: !toast,
    };
    setLatest(note);
    if (!toast) return;
    // A newer undoable step means an older toast's Undo would undo something else: drop it there.
    setNotes((ns) => [...(note.undoable ? ns.map((n) => (n.undoable ? { ...n, undoable: false } : n)) : ns), note].slice(-KEEP));
  }, []);
  const report = useCallback((error: unknown) => announce(`Error: ${errorText(error)}`, 'error'), [announce]);
  const dismiss = useCallback(
    (seq: number) => setNotes((ns) => ns.map((n) => (n.seq === seq ? { ...n, dismissed: true, undoable: false } : n))),
    [],
  );
  const clear = useCallback(() => setNotes([]), []);
  const api = useMemo(() => ({ announce, report }), [announce, report]);
  const notesApi = useMemo(() => ({ notes, dismiss, clear }), [notes, dismiss, clear]);
  return (
    <Ctx.Provider value={api}>
      <NotesCtx.Provider value={notesApi}>
        <LatestCtx.Provider value={latest}>{children}</LatestCtx.Provider>
      </NotesCtx.Provider>
    </Ctx.Provider>
  );
}

let seq = 0;
const nextSeq = () => ++seq;
const LatestCtx = createContext<Note | null>(null);

export function useStatus(): StatusApi {
  return useContext(Ctx);
}

export function useNotes(): NotesApi {
  return useContext(NotesCtx);
}

/** The one live region, read by screen readers (what is seen is the notification area). */
export function StatusRegion() {
  const message = useContext(LatestCtx);
  return (
    <VisuallyHidden>
      <span role="status" aria-live="polite" aria-atomic="true" data-app-status data-kind={message?.kind ?? 'info'}>
        {message?.text ?? ''}
      </span>
    </VisuallyHidden>
  );
}
