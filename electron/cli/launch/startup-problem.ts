// Turns a workspace that would not open into what the host's start-up error page shows: the
// plain message, the backups that pass quick_check, and a restore that opens the result.
import type { Dispatch } from '../../../shared/api/bridge';
import { logError } from '../../backend/error-log';
import { listBackups, passesQuickCheck } from '../../backend/store/backup';
import { restoreBackup } from '../../backend/store/backup-restore';
import { describeTime, type WorkspaceOpenError } from '../../backend/store/open-errors';
import type { Workspace } from '../../backend/workspace';
import type { StartupProblem } from '../../host/recovery';

export function startupProblem(
  dbPath: string,
  error: WorkspaceOpenError,
  reopen: () => Promise<Workspace>,
  onOpened: (ws: Workspace) => void,
): StartupProblem {
  if (error.detail) logError(`opening ${dbPath}: ${error.problem}`, error.detail);
  const backups = listBackups(dbPath)
    .filter((b) => b.kind !== 'damaged' && passesQuickCheck(b.file))
    .map((b) => ({ id: b.id, taken: describeTime(b.at), bytes: b.bytes }));
  return {
    message: error.message,
    backups,
    restore: async (id: string): Promise<Dispatch> => {
      restoreBackup(dbPath, { from: id });
      const ws = await reopen();
      onOpened(ws);
      return ws.dispatch;
    },
  };
}
