// The app's one polite live region: results of imports, undo/redo and API errors are
// announced here (and shown in the footer bar) instead of in modal alerts.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ApiCallError } from '../api/client';

export type StatusKind = 'info' | 'success' | 'error';
interface Message {
  text: string;
  kind: StatusKind;
  /** Bumped per message so a repeat of the same text still counts as a new message. */
  seq: number;
}

interface StatusApi {
  announce: (text: string, kind?: StatusKind) => void;
  /** Announces an error with its API code when it has one. */
  report: (error: unknown) => void;
}

const Ctx = createContext<StatusApi>({ announce: () => {}, report: () => {} });
const MessageCtx = createContext<Message | null>(null);

export function errorText(error: unknown): string {
  if (error instanceof ApiCallError) {
    const issues = error.body.issues?.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)) ?? [];
    return [error.message, ...issues].join(' — ');
  }
  return error instanceof Error ? error.message : String(error);
}

export function StatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<Message | null>(null);
  const announce = useCallback((text: string, kind: StatusKind = 'info') => {
    setMessage((m) => ({ text, kind, seq: (m?.seq ?? 0) + 1 }));
  }, []);
  const report = useCallback((error: unknown) => announce(`Error: ${errorText(error)}`, 'error'), [announce]);
  const api = useMemo(() => ({ announce, report }), [announce, report]);
  return (
    <Ctx.Provider value={api}>
      <MessageCtx.Provider value={message}>{children}</MessageCtx.Provider>
    </Ctx.Provider>
  );
}

export function useStatus(): StatusApi {
  return useContext(Ctx);
}

/** The live region itself; rendered once, in the frame's footer. */
export function StatusRegion() {
  const message = useContext(MessageCtx);
  return (
    <div className="status-bar" data-kind={message?.kind ?? 'info'}>
      <div role="status" aria-live="polite" aria-atomic="true" className="status-text">
        {message?.text ?? ''}
      </div>
    </div>
  );
}
