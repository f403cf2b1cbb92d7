// The typed API client: the only way the UI talks to the backend. Types come from the contract.
import type { ApiInput, ApiOutput, ContractName } from '../../../shared/api/contract';
import type { ApiErrorBody } from '../../../shared/api/errors';
import { pickTransport, windowActor, type Transport } from './transport';

export class ApiCallError extends Error {
  constructor(
    readonly api: string,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
    this.name = 'ApiCallError';
  }
  get code() {
    return this.body.code;
  }
}

let transport: Transport | null = null;
let activeScenario: string | null = null;

/** Every later call works on this what-if scenario (null: the live plan). */
export function setActiveScenario(name: string | null): void {
  activeScenario = name;
}
export function getActiveScenario(): string | null {
  return activeScenario;
}

/** Calls one API; resolves with its output or rejects with ApiCallError (code, message, issues). */
export async function api<N extends ContractName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  transport ??= pickTransport();
  const res = await transport(name, input, { scenario: activeScenario, actor: windowActor() });
  if (!res.ok) throw new ApiCallError(name, res.error);
  return res.result as ApiOutput<N>;
}
