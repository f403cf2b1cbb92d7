// Opens a workspace for a CLI command and turns every reason it cannot into one plain line
// (exit 2, nothing changed). Commands that only read say so (`intent: 'read'`): they are never
// backed up and work on a read-only file, with a note on stderr.
import fs from 'node:fs';
import path from 'node:path';
import { logError } from '../backend/error-log';
import { WorkspaceOpenError } from '../backend/store/open-errors';
import { openWorkspace, type Workspace } from '../backend/workspace';
import { CliError } from './cli-error';

export interface CliOpenOptions {
  /** Refuse a missing file instead of creating a new workspace. */
  mustExist?: boolean;
  /** 'read' for commands that change nothing (export, capacity, packs, scenario list/compare). */
  intent?: 'read' | 'write';
  /** A write-intent command that can also serve a read-only workspace read-only (the host). */
  allowReadOnly?: boolean;
}

export async function openForCli(dbPath: string, opts: CliOpenOptions = {}): Promise<Workspace> {
  const intent = opts.intent ?? 'write';
  if (opts.mustExist && !fs.existsSync(dbPath)) throw new CliError(`No workspace at ${dbPath}`);
  const dir = path.dirname(path.resolve(dbPath));
  if (!fs.existsSync(dir)) throw new CliError(`Folder ${dir} does not exist`);
  try {
    const ws = await openWorkspace(dbPath, {
      intent,
      readOnlyFallback: intent === 'read' || (opts.allowReadOnly ?? false),
      create: !opts.mustExist,
      onInternalError: (name, err) => logError(`internal error in ${name}`, err),
    });
    if (ws.readOnly) console.error(`Note: ${ws.readOnly}; opened read-only.`);
    return ws;
  } catch (e) {
    throw asOpenRefusal(e) ?? e;
  }
}

/** A plain CliError for every known reason a workspace cannot be opened; null for anything else. */
export function asOpenRefusal(e: unknown): CliError | null {
  if (e instanceof WorkspaceOpenError) {
    // The SQLite detail behind "damaged" helps support, not the planner: it goes to the log.
    if (e.detail) logError(`opening ${e.file}: ${e.problem}`, e.detail);
    return new CliError(e.message);
  }
  if ((e as Error)?.name === 'NewerSchemaError') return new CliError((e as Error).message);
  return null;
}
