// A planning workspace opened for use: the store plus the API dispatcher over it.
// The Electron shell, the browser host, the CLI and tests all start here.
import { LOCAL_ACTOR } from '../../shared/api/bridge';
import { createDispatcher, type DispatchOptions, type LocalDispatch } from './api/dispatch';
import { handlers } from './api/handlers';
import { APP_VERSION } from './app-version';
import { logError } from './error-log';
import type { SecretProtector } from './packs/secret-protector';
import { ScenarioManager } from './scenarios/manager';
import { Store } from './store/store';
import { TeamSession } from './team/client/session';

export interface Workspace {
  /** The live plan. */
  store: Store;
  scenarios: ScenarioManager;
  dispatch: LocalDispatch;
  /** Working as a team (issue 17): joined, this queues writes as commands and syncs them. */
  team: TeamSession;
  /** Why the workspace is open read-only (browse, export, compare), or null. */
  readOnly: string | null;
  close(): void;
}

export interface WorkspaceOptions extends DispatchOptions {
  nativeBinding?: string;
  /**
   * 'write' (default): the caller will make changes — a backup is taken on open (when `backup`
   * allows) and a file that cannot be written is refused unless `readOnlyFallback`.
   * 'read': browse or export only — never backed up; a read-only file opens read-only.
   */
  intent?: 'read' | 'write';
  /** Open a file that cannot be written read-only instead of refusing it (the app and host). */
  readOnlyFallback?: boolean;
  /** Back up a sound, writable workspace on a 'write' open (default true). */
  backup?: boolean;
  /** Create the file when missing (default true). */
  create?: boolean;
  /** Protects the signing key with the OS keychain (the desktop shell's safeStorage). */
  secretProtector?: SecretProtector;
  /** The clock (ISO instant) the store stamps writes with and edits read "today" from; tests fix it. */
  now?: () => string;
}

export async function openWorkspace(dbPath: string, opts: WorkspaceOptions = {}): Promise<Workspace> {
  const intent = opts.intent ?? 'write';
  const store = Store.open(dbPath, {
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    ...(opts.now ? { now: opts.now } : {}),
    intent,
    readOnlyFallback: opts.readOnlyFallback ?? intent === 'read',
    backup: intent === 'write' && (opts.backup ?? true),
    create: opts.create ?? true,
  });
  // A backup that could not be written (full disk, read-only backups folder) never stops the open.
  if (store.openedWith.backupError) logError(`backup of ${dbPath} on open failed; opened without it`, store.openedWith.backupError);
  const scenarios = new ScenarioManager(store, opts.nativeBinding);
  // The team's confirmed copy is a workspace of its own, opened only while a sync runs.
  const team = new TeamSession(store, (file) =>
    openWorkspace(file, { backup: false, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) }),
  );
  const inner = createDispatcher(
    handlers,
    {
      store,
      base: store,
      scenarios,
      scenario: null,
      actor: LOCAL_ACTOR,
      appVersion: APP_VERSION,
      team,
      ...(opts.secretProtector ? { secretProtector: opts.secretProtector } : {}),
    },
    opts,
  );
  team.attach(inner, scenarios);
  return {
    store,
    scenarios,
    dispatch: team.dispatch,
    team,
    readOnly: store.readOnly,
    close: () => {
      team.stop();
      scenarios.close();
      store.close();
    },
  };
}
