// Why a workspace could not be opened, in words a planner can act on: what is wrong, that
// nothing was changed, and what to do next (usually: restore the newest good backup).
import type { BackupInfo } from './backup';

export type OpenProblem =
  | 'missing' // no file at that path
  | 'empty' // 0 bytes: its contents are gone
  | 'damaged' // not readable as SQLite, or fails quick_check
  | 'foreign' // an SQLite file that is not a Planwright workspace
  | 'read-only' // a change was asked for, but the file or its folder cannot be written
  | 'needs-upgrade' // an older schema that cannot be upgraded because the file is read-only
  | 'newer'; // written by a newer Planwright

export class WorkspaceOpenError extends Error {
  constructor(
    readonly problem: OpenProblem,
    readonly file: string,
    message: string,
    /** The newest backup that passes quick_check, when the remedy is a restore. */
    readonly backup: BackupInfo | null = null,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'WorkspaceOpenError';
  }
}

/** "Restore backup X (taken …): <command>", or what to do when there is none. */
export function restoreAdvice(file: string, backup: BackupInfo | null): string {
  if (!backup) return `There is no good backup of it in ${file}.backups/.`;
  return (
    `The newest good backup is ${backup.id} (taken ${describeTime(backup.at)}). ` +
    `Restore it with: planwright backup restore --db ${quoteArg(file)} --from ${backup.id}`
  );
}

export function describeTime(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function quoteArg(s: string): string {
  return /^[\w./:@+-]+$/.test(s) ? s : `"${s.replace(/(["\\$`])/g, '\\$1')}"`;
}
