// The typed handler map: one function per contract name, input already validated.
import type { ApiOutput, ApiParsedInput, Area, AreaNames, ContractName } from '../../../shared/api/contract';
import type { SecretProtector } from '../packs/secret-protector';
import type { ScenarioManager } from '../scenarios/manager';
import type { Store } from '../store/store';
import type { TeamSession } from '../team/client/session';

export interface HandlerContext {
  /** The plan this call works on: the live plan, or the scenario the call is scoped to. */
  store: Store;
  /** The live plan, whatever the scope. */
  base: Store;
  scenarios: ScenarioManager;
  /** Name of the scenario in scope, null for the live plan. */
  scenario: string | null;
  /** Who makes this call (see CallScope); History records it with every undoable step. */
  actor: string;
  appVersion: string;
  /** The desktop shell's OS-keychain protector for the signing key; absent in the CLI and host. */
  secretProtector?: SecretProtector;
  /** The workspace's team session (issue 17): status, sync, conflicts. */
  team?: TeamSession;
}

/** Which plan a call works on and who makes it; transports carry it beside the input (headers, IPC argument). */
export type { CallScope } from '../../../shared/api/bridge';

export type Handler<N extends ContractName> = (input: ApiParsedInput<N>, ctx: HandlerContext) => ApiOutput<N> | Promise<ApiOutput<N>>;
export type Handlers = { [N in ContractName]: Handler<N> };
export type HandlerGroup<K extends ContractName> = { [N in K]: Handler<N> };
/** The handlers of one contract area: exactly the names in shared/api/areas/<area>.ts. */
export type AreaHandlers<A extends Area> = HandlerGroup<AreaNames<A>>;
