// `backup list` and `backup restore`: see and bring back the workspace's backups. Both work on a
// damaged or emptied workspace (that is when they are needed): neither opens it as a workspace.
import { listBackups, passesQuickCheck } from '../../backend/store/backup';
import { restoreBackup } from '../../backend/store/backup-restore';
import { describeTime } from '../../backend/store/open-errors';
import { openWorkspace } from '../../backend/workspace';
import { parseFlags, required } from '../args';
import { CliError } from '../cli-error';
import { asOpenRefusal } from '../open-workspace';
import { printListing } from './listing';

export const BACKUP_HELP = [
  'backup list --db F [--json]   the backups of a workspace, newest first, each checked with quick_check',
  '  backup restore --db F [--from ID]   put a backup (default: the newest good one) in place of the workspace; keeps what it replaces',
].join('\n');

const KIND_TEXT = { open: 'on open', 'before-restore': 'before a restore', damaged: 'damaged copy (set aside, not restorable)' } as const;

export async function backupCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values, positionals } = parseFlags(
    argv,
    { db: { type: 'string' }, from: { type: 'string' }, json: { type: 'boolean' } },
    'backup',
  );
  const sub = positionals[0];
  if ((sub !== 'list' && sub !== 'restore') || positionals.length > 1) throw new CliError('backup: say list or restore (see --help)');
  const db = required(values.db, 'db', `backup ${sub}`);
  if (sub === 'list') return list(db, values.json ?? false, out);
  if (values.from === '') throw new CliError('backup restore: --from needs a backup id (see backup list)');
  const r = restoreBackup(db, values.from !== undefined ? { from: values.from } : {});
  // Prove the result opens as a workspace before saying it worked.
  try {
    (await openWorkspace(db, { intent: 'read', readOnlyFallback: true })).close();
  } catch (e) {
    throw asOpenRefusal(e) ?? e;
  }
  out(`Restored backup ${r.restored.id} (taken ${describeTime(r.restored.at)}) into ${db}.`);
  if (r.setAside) out(`The file it replaced is kept as backup ${r.setAside.id} (${KIND_TEXT[r.setAside.kind]}) in ${db}.backups/.`);
}

function list(db: string, json: boolean, out: (s: string) => void): void {
  const rows = listBackups(db).map((b) => ({
    id: b.id,
    taken: b.at.toISOString(),
    bytes: b.bytes,
    kind: b.kind,
    check: b.kind === 'damaged' ? 'not checked' : passesQuickCheck(b.file) ? 'ok' : 'damaged',
    file: b.file,
  }));
  printListing(out, rows, {
    json,
    empty: `No backups of ${db} (they are kept in ${db}.backups/).`,
    columns: ['id', 'taken', 'size', 'check', 'kind'],
    row: (r) => [r.id, describeTime(new Date(r.taken)), `${Math.max(1, Math.round(r.bytes / 1024))} KB`, r.check, KIND_TEXT[r.kind]],
  });
}
