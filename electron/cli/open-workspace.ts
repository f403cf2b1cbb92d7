// Opens a workspace for a CLI command and turns store errors into plain CLI messages.
import fs from 'node:fs';
import path from 'node:path';
import { openWorkspace, type Workspace } from '../backend/workspace';
import { CliError } from './cli-error';

export async function openForCli(dbPath: string, opts: { mustExist?: boolean } = {}): Promise<Workspace> {
  if (opts.mustExist && !fs.existsSync(dbPath)) throw new CliError(`No workspace at ${dbPath}`);
  const dir = path.dirname(path.resolve(dbPath));
  if (!fs.existsSync(dir)) throw new CliError(`Folder ${dir} does not exist`);
  try {
    return await openWorkspace(dbPath);
  } catch (e) {
    const err = e as Error;
    if (err.name === 'NewerSchemaError') throw new CliError(err.message);
    if ((err as { code?: string }).code === 'SQLITE_NOTADB')
      throw new CliError(`${dbPath} is not a Planwright workspace (not an SQLite database)`);
    throw e;
  }
}
