import { listVersions } from '../../backend/packs/versions';
import { parseFlags, required } from '../args';
import { openForCli } from '../open-workspace';

export const PACKS_HELP = 'packs --db F   list published plan versions (newest first) with their changes and signing key';

export async function packsCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseFlags(argv, { db: { type: 'string' } }, 'packs');
  const db = required(values.db, 'db', 'packs');
  const ws = await openForCli(db, { mustExist: true, intent: 'read' });
  try {
    const versions = listVersions(ws.store);
    if (versions.length === 0) {
      out('No published versions yet.');
      return;
    }
    out(
      ['version', 'range', 'published', 'by', 'visits', 'added', 'removed', 'moved', 'retimed', 'key', 'manifest_sha256', 'folder'].join(
        '\t',
      ),
    );
    for (const v of versions) {
      const c = v.changes;
      out(
        [
          v.version,
          `${v.from_date}..${v.to_date}`,
          v.created_at,
          v.created_by,
          v.job_count,
          c.added,
          c.removed,
          c.moved,
          c.retimed,
          v.key_id,
          v.manifest_sha256,
          v.out_path,
        ].join('\t'),
      );
    }
  } finally {
    ws.close();
  }
}
