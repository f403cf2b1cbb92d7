// SQLite failures a user can meet without a bug: another writer holding the lock, a read-only
// file or folder, a full disk, a damaged file. Each becomes a typed API error with a plain
// message; anything else stays an internal error.
import { ApiError } from '../../../shared/api/errors';

export type StorageProblem = 'busy' | 'read-only' | 'full' | 'damaged' | 'io';

function sqliteCode(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

export function storageProblem(err: unknown): StorageProblem | null {
  const code = sqliteCode(err);
  if (!code) return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code.startsWith('SQLITE_READONLY')) return 'read-only';
  if (code === 'SQLITE_FULL') return 'full';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'damaged';
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) return 'io';
  return null;
}

const MESSAGES: Record<StorageProblem, string> = {
  busy: 'Another Planwright window or command is saving to this workspace right now, and it did not finish in time. Nothing was changed: try again.',
  'read-only':
    'This workspace is open read-only (the file or its folder cannot be written). Nothing was changed: you can browse, export and compare.',
  full: 'The disk is full: the change could not be saved. Nothing was changed: free some space and try again.',
  damaged: 'The workspace file is damaged. Nothing was changed: close Planwright and restore a backup (planwright backup list --db FILE).',
  io: 'The workspace file could not be written (a disk or file-system error). Nothing was changed: try again, or check the disk.',
};

/** The typed error for a storage failure, or null when `err` is something else. */
export function storageApiError(err: unknown): ApiError | null {
  const problem = storageProblem(err);
  if (!problem) return null;
  return new ApiError(problem === 'busy' ? 'CONFLICT' : 'UNAVAILABLE', MESSAGES[problem]);
}
