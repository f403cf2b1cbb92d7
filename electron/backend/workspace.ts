// A planning workspace opened for use: the store plus the API dispatcher over it.
// The Electron shell, the browser host, the CLI and tests all start here.
import { createDispatcher, type Dispatch, type DispatchOptions } from './api/dispatch';
import { handlers } from './api/handlers';
import { APP_VERSION } from './app-version';
import type { SecretProtector } from './packs/secret-protector';
import { ScenarioManager } from './scenarios/manager';
import { Store } from './store/store';

export interface Workspace {
  /** The live plan. */
  store: Store;
  scenarios: ScenarioManager;
  dispatch: Dispatch;
  close(): void;
}

export interface WorkspaceOptions extends DispatchOptions {
  nativeBinding?: string;
  /** Take a rolling backup on open (default true). */
  backup?: boolean;
  /** Protects the signing key with the OS keychain (the desktop shell's safeStorage). */
  secretProtector?: SecretProtector;
  /** The clock (ISO instant) the store stamps writes with and edits read "today" from; tests fix it. */
  now?: () => string;
}

export async function openWorkspace(dbPath: string, opts: WorkspaceOptions = {}): Promise<Workspace> {
  const store = Store.open(dbPath, {
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  });
  try {
    if (opts.backup ?? true) await store.backup();
  } catch (e) {
    store.close();
    throw e;
  }
  const scenarios = new ScenarioManager(store, opts.nativeBinding);
  const dispatch = createDispatcher(
    handlers,
    {
      store,
      base: store,
      scenarios,
      scenario: null,
      appVersion: APP_VERSION,
      ...(opts.secretProtector ? { secretProtector: opts.secretProtector } : {}),
    },
    opts,
  );
  return {
    store,
    scenarios,
    dispatch,
    close: () => {
      scenarios.close();
      store.close();
    },
  };
}
