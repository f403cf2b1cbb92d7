// The CLI's one front door: commands call the same contract names the app does, through the
// workspace's dispatcher (input parsed by the contract's zod schemas, the same handlers), and
// turn an error envelope into a CLI error: exit 2 for bad input or a refusal (nothing changed),
// 1 for an internal error.
import type { ApiInput, ApiOutput, ContractName } from '../../shared/api/contract';
import type { ApiErrorBody } from '../../shared/api/errors';
import type { Workspace } from '../backend/workspace';
import { CliError } from './cli-error';
import { openForCli } from './open-workspace';

export async function callApi<N extends ContractName>(
  ws: Workspace,
  name: N,
  input: ApiInput<N>,
  scenario?: string | boolean,
): Promise<ApiOutput<N>> {
  const r = await ws.dispatch(name, input, typeof scenario === 'string' && scenario !== '' ? { scenario } : undefined);
  if (r.ok) return r.result as ApiOutput<N>;
  throw new CliError(describeError(r.error), r.error.code === 'INTERNAL' ? 1 : 2);
}

/** The message, then each field problem on its own line (`  trade: …`), as the import reports rows. */
export function describeError(e: ApiErrorBody): string {
  const fields = (e.details as { fields?: { field: string | null; message: string }[] } | undefined)?.fields;
  if (!fields || fields.length < 2) return e.message;
  return [e.message, ...fields.map((f) => `  ${f.field ?? 'record'}: ${f.message}`)].join('\n');
}

/** Opens an existing workspace for one command and always closes it. */
export async function withWorkspace<T>(db: string, fn: (ws: Workspace) => Promise<T>): Promise<T> {
  const ws = await openForCli(db, { mustExist: true });
  try {
    return await fn(ws);
  } finally {
    ws.close();
  }
}
