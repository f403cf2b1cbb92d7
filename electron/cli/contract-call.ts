// The CLI's front door to the backend: a command calls the dispatcher by contract name, exactly
// as the app does, so input is checked by the same schema and errors name the same fields.
// Refusals (bad input, not found, conflict, rule) exit 2; an internal error exits 1.
import type { ApiInput, ApiOutput, ContractName } from '../../shared/api/contract';
import type { Workspace } from '../backend/workspace';
import { CliError } from './cli-error';

export async function callContract<N extends ContractName>(
  ws: Workspace,
  name: N,
  input: ApiInput<N>,
  command: string,
): Promise<ApiOutput<N>> {
  const r = await ws.dispatch(name, input);
  if (r.ok) return r.result as ApiOutput<N>;
  throw new CliError(`${command}: ${r.error.message}`, r.error.code === 'INTERNAL' ? 1 : 2);
}
