// Publish: freeze a date range as a signed plan pack for operations. The pre-publish check
// list, the publish form, the history of versions with their diffs, and verifying a pack.
import { useState } from 'react';
import { api } from '../../api/client';
import { ViewHeader } from '../../components/ViewHeader';
import { useResource } from '../../hooks/useResource';
import { CheckList } from './CheckList';
import { KeyPanel } from './KeyPanel';
import { PublishForm } from './PublishForm';
import { VerifyPanel } from './VerifyPanel';
import { VersionHistory } from './VersionHistory';
import { weekOf } from './range';
import './publish.css';

export function PublishView({ date }: { date: string }) {
  const [range, setRange] = useState(() => weekOf(date));
  const { from, to } = range;
  const check = useResource(() => (from && to ? api('packs/check', { from, to }) : Promise.resolve(undefined)), [from, to]);
  const key = useResource(() => api('packs/get-key', {}), []);

  return (
    <section className="view publish-view" aria-label="Publish view">
      <ViewHeader title="Publish">
        <KeyPanel keyInfo={key.data} />
      </ViewHeader>
      <div className="publish-grid">
        <section className="publish-card" aria-labelledby="publish-new-title">
          <h2 id="publish-new-title">Publish a version</h2>
          <div className="publish-range">
            <label>
              From <input type="date" value={range.from} onChange={(e) => setRange((r) => ({ ...r, from: e.target.value }))} />
            </label>
            <label>
              To <input type="date" value={range.to} onChange={(e) => setRange((r) => ({ ...r, to: e.target.value }))} />
            </label>
          </div>
          <CheckList check={check.data} loading={check.loading} />
          <PublishForm range={range} check={check.data} keyInfo={key.data} />
        </section>
        <section className="publish-card" aria-labelledby="publish-history-title">
          <h2 id="publish-history-title">Published versions</h2>
          <VersionHistory />
        </section>
        <section className="publish-card" aria-labelledby="publish-verify-title">
          <h2 id="publish-verify-title">Verify a pack</h2>
          <VerifyPanel keyId={key.data?.key_id ?? null} />
        </section>
      </div>
    </section>
  );
}
