// Published versions, newest first: range, who and when, visits, changes against the version
// before, signing key and manifest hash (the chain), with the diff and the folder on demand.
import { Fragment, useState } from 'react';
import { api } from '../../api/client';
import { LoadState } from '../../components/ViewHeader';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { useResource } from '../../hooks/useResource';
import { dateSpan, instantAsLocal } from '../../lib/format';
import { ChangesDetail } from './ChangesDetail';

export function VersionHistory() {
  const versions = useResource(() => api('packs/list', {}), []);
  const { announce } = useStatus();
  const { run } = useAction();
  const [open, setOpen] = useState<number | null>(null);
  const rows = versions.data ?? [];

  const openFolder = async (version: number) => {
    await run(async () => {
      const r = await api('packs/open-folder', { version });
      announce(r.opened ? `Opened ${r.path}` : `Pack folder: ${r.path} (no file manager here; copy the path)`);
    });
  };

  if (!versions.data) return <LoadState loading={versions.loading} error={versions.error} onRetry={versions.reload} />;
  if (rows.length === 0) return <p className="muted">Nothing published yet.</p>;
  return (
    <table className="simple-table publish-history" aria-label="Published versions">
      <thead>
        <tr>
          <th>Version</th>
          <th>Dates</th>
          <th>Published</th>
          <th className="num">Visits</th>
          <th>Changes</th>
          <th>Signing key / manifest SHA-256</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((v) => (
          <Fragment key={v.version}>
            <tr data-version={v.version}>
              <td>v{v.version}</td>
              <td className="nowrap" title={`${v.from_date} to ${v.to_date}`}>
                {dateSpan(v.from_date, v.to_date)} {v.to_date.slice(0, 4)}
              </td>
              <td>
                {instantAsLocal(v.created_at)}
                <br />
                <span className="muted">by {v.created_by}</span>
              </td>
              <td className="num">{v.job_count}</td>
              <td title="added, removed, moved, re-timed against the version before">
                {v.prev_sha256 === null
                  ? 'first version'
                  : `+${v.changes.added} −${v.changes.removed} moved ${v.changes.moved} re-timed ${v.changes.retimed}`}
                {v.override_count > 0 && <span className="muted"> · {v.override_count} overridden</span>}
              </td>
              <td className="mono" title={`manifest ${v.manifest_sha256}\nprevious ${v.prev_sha256 ?? 'none (first in the chain)'}`}>
                {v.key_id}
                <br />
                <span className="muted">{v.manifest_sha256.slice(0, 16)}…</span>
              </td>
              <td className="publish-row-actions nowrap">
                <button type="button" aria-expanded={open === v.version} onClick={() => setOpen(open === v.version ? null : v.version)}>
                  Changes
                </button>
                <button type="button" onClick={() => void openFolder(v.version)} title={v.out_path}>
                  Open folder
                </button>
              </td>
            </tr>
            {open === v.version && (
              <tr className="publish-changes-row">
                <td colSpan={7}>
                  <ChangesDetail version={v.version} />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
