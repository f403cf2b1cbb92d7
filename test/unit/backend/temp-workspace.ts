// Real workspaces on real temp SQLite files for backend tests (no mocks of the store).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiInput, ApiOutput, ContractName } from '../../../shared/api/contract';
import { openWorkspace, type Workspace } from '../../../electron/backend/workspace';

export const GOOD = path.resolve('test/fixtures/csv/good');
export const BAD = path.resolve('test/fixtures/csv/bad');
export const readFixture = (dir: string, name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-test-'));
}

export async function tempWorkspace(opts: { backup?: boolean } = {}): Promise<Workspace & { dir: string; dbPath: string }> {
  const dir = tempDir();
  const dbPath = path.join(dir, 'workspace.db');
  const ws = await openWorkspace(dbPath, { checkOutput: true, backup: opts.backup ?? false });
  return Object.assign(ws, { dir, dbPath });
}

export function goodFiles() {
  return {
    operatives: readFixture(GOOD, 'operatives.csv'),
    jobs: readFixture(GOOD, 'jobs.csv'),
    absences: readFixture(GOOD, 'absences.csv'),
    flags: readFixture(GOOD, 'flags.csv'),
  };
}

/**
 * Calls the API and returns the result, failing the test with the error message otherwise. Typed
 * from the contract: the name must exist, the input must fit, and the result is the output type.
 */
export async function call<N extends ContractName>(ws: Workspace, name: N, input: ApiInput<N> = {} as ApiInput<N>): Promise<ApiOutput<N>> {
  const r = await ws.dispatch(name, input);
  if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
  return r.result as ApiOutput<N>;
}

/** A temp workspace with the good CSV fixture (test/fixtures/csv/good) imported. */
export async function goodWorkspace(): Promise<Workspace & { dir: string; dbPath: string }> {
  const ws = await tempWorkspace();
  await call(ws, 'import/run-csv', goodFiles());
  return ws;
}

/** Where the job is placed (null when it is not). */
export const placementOf = async (ws: Workspace, ref: string) => (await call(ws, 'jobs/get', { ref })).placement;

/** What Undo would undo now. */
export const undoLabel = async (ws: Workspace) => (await call(ws, 'history/get-status')).undoLabel;
