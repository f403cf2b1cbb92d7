// The typed handler map: one function per contract name, input already validated.
import type { ApiOutput, ApiParsedInput, ContractName } from '../../../shared/api/contract';
import type { Store } from '../store/store';

export interface HandlerContext {
  store: Store;
  appVersion: string;
}

export type Handler<N extends ContractName> = (input: ApiParsedInput<N>, ctx: HandlerContext) => ApiOutput<N> | Promise<ApiOutput<N>>;
export type Handlers = { [N in ContractName]: Handler<N> };
export type HandlerGroup<K extends ContractName> = { [N in K]: Handler<N> };
