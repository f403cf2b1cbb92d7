// Working as a team (issue 17), in the header: online or offline, how many changes wait to be
// sent, when the last sync was — and, when the server refused some, the "Conflicts" region with
// Redo / Drop / Send for sign-off for each. Hidden until this workspace has joined a team.
// Offline shows within seconds: the backend pings its server every second, and the browser's
// own offline event (or a backend that stopped answering) turns the chip to Offline at once.
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { teamConflictSchema, teamStatusSchema } from '../../../../shared/api/areas/team';
import { api, ApiCallError } from '../../api/client';
import { Chip } from '../../components/Chip';
import './team.css';

type Status = z.infer<typeof teamStatusSchema>;
type Conflict = z.infer<typeof teamConflictSchema>;
const POLL_MS = 2000;

export function TeamStatus() {
  const [status, setStatus] = useState<Status | null>(null);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [browserOffline, setBrowserOffline] = useState(typeof navigator !== 'undefined' && navigator.onLine === false);

  const refresh = useCallback(async () => {
    try {
      const s = await api('team/get-status', {});
      setStatus(s);
      setConflicts(s.joined && s.conflicts > 0 ? await api('team/list-conflicts', {}) : []);
    } catch {
      // The backend did not answer: keep what we knew, but nothing is syncing now.
      setStatus((s) => (s ? { ...s, online: false } : s));
    }
  }, []);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    const offline = () => setBrowserOffline(true);
    const online = () => {
      setBrowserOffline(false);
      void refresh();
    };
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    return () => {
      clearInterval(timer);
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
    };
  }, [refresh]);

  if (!status?.joined) return null;
  const isOnline = status.online && !browserOffline;
  const last = status.last_sync ? new Date(status.last_sync).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : 'never';
  const label = `Team: ${isOnline ? 'online' : 'offline'}, ${status.pending} pending, last sync ${last}`;

  const resolve = async (c: Conflict, action: 'redo' | 'drop' | 'sign-off') => {
    try {
      setMessage((await api('team/resolve-conflict', { id: c.id, action })).message);
    } catch (e) {
      setMessage(e instanceof ApiCallError ? e.message : String(e));
    }
    await refresh();
  };

  return (
    <span className="team-status">
      <span role="status" aria-label={label} title={status.error ?? label}>
        <Chip tone={isOnline ? 'success' : 'muted'}>
          {isOnline ? 'Online' : 'Offline'} · {status.pending} pending · last sync {last}
        </Chip>
      </span>
      {conflicts.length > 0 && (
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          Conflicts ({conflicts.length})
        </button>
      )}
      {open && conflicts.length > 0 && (
        <section aria-label="Conflicts" className="header-popover team-conflicts">
          <ul>
            {conflicts.map((c) => (
              <li key={c.id}>
                <strong>{c.summary}</strong>
                <p>{c.reason}</p>
                <button type="button" onClick={() => void resolve(c, 'redo')}>
                  Redo
                </button>
                <button type="button" onClick={() => void resolve(c, 'drop')}>
                  Drop
                </button>
                <button type="button" onClick={() => void resolve(c, 'sign-off')}>
                  Send for sign-off
                </button>
              </li>
            ))}
          </ul>
          <p role="status">{message}</p>
        </section>
      )}
    </span>
  );
}
