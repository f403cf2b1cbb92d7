// Dependencies: the dependency map with its critical path per chain, a chain filter, the
// selected job's panel (owner, done-when, links) and the Review region. `&job=REF` zooms to
// a job (the diary's details panel links here).
import { useEffect, useMemo, useState } from 'react';
import { dependencyLink, navigate, readUrl, useUrlParam } from '../../app/url';
import { api } from '../../api/client';
import type { ChainSummary, MapNode } from '../../../../shared/api/areas/dependencies';
import { SelectFilter } from '../../components/FilterInput';
import { LoadState, ViewHeader } from '../../components/ViewHeader';
import { useResource } from '../../hooks/useResource';
import { JobPanel } from '../job-panel/JobPanel';
import { useJobActions } from '../job-panel/useJobActions';
import { ReviewPanel } from '../review/ReviewPanel';
import { DependencyMap } from './DependencyMap';
import { rangeFor } from '../diary/range';
import './dependencies.css';

const NO_NODES: readonly MapNode[] = [];
const NO_CHAINS: readonly ChainSummary[] = [];

export function DependenciesView() {
  const job = useUrlParam('job');
  const setJob = (ref: string | null) => navigate({ job: ref });
  // Leaving the view, the parameter means nothing elsewhere (not on StrictMode's trial unmount).
  useEffect(
    () => () => {
      if (readUrl().view !== 'dependencies') navigate({ job: null });
    },
    [],
  );
  const [chain, setChain] = useState('');
  const [showUnlinked, setShowUnlinked] = useState(false);
  // Jobs with no links are many and only wanted on request (or to zoom to one of them).
  const [needUnlinked, setNeedUnlinked] = useState(false);
  const includeUnlinked = showUnlinked || needUnlinked;
  // Unplaced jobs start at the start of the range being planned (the diary's range for the
  // address's date), not at the clock: the map shows the plan, not what is left of today.
  const span = useUrlParam('span');
  const date = useUrlParam('date');
  const to = useUrlParam('to');
  const planStart = `${rangeFor(span, date, to).from}T00:00`;
  const map = useResource(
    () => api('dependencies/get-map', { include_unlinked: includeUnlinked, plan_start: planStart }),
    [includeUnlinked, planStart],
  );
  const actions = useJobActions();
  // Zoom only when asked to (deep link, Review or panel links), not on every click on the map.
  const [focus, setFocus] = useState(job);
  const openJob = (ref: string | null) => {
    if (chain && chainOf(ref) !== chain) setChain(''); // widen the filter to show it
    setJob(ref);
    setFocus(ref);
  };
  useEffect(() => {
    if (job && map.data && !includeUnlinked && !map.data.nodes.some((n) => n.ref === job)) setNeedUnlinked(true);
  }, [job, map.data, includeUnlinked]);

  const all = map.data?.nodes ?? NO_NODES;
  const chainOf = (ref: string | null) => (ref ? (all.find((n) => n.ref === ref)?.chain ?? null) : null);
  const pickChain = (c: string) => {
    setChain(c);
    if (c && chainOf(job) !== c) setJob(null); // the selection is not on the filtered map
  };
  const nodes = useMemo(
    () =>
      all.filter((n) => {
        if (chain) return n.chain === chain;
        return n.chain !== null || showUnlinked || n.ref === job;
      }),
    [all, chain, showUnlinked, job],
  );
  const chains = map.data?.chains ?? NO_CHAINS;
  const chainOptions = useMemo(() => chains.map((c) => ({ value: c.id, label: `${c.id} chain · ${c.refs.length} jobs` })), [chains]);
  const critical = nodes.filter((n) => n.critical).length;
  const unrealistic = nodes.filter((n) => n.deadline_unrealistic).length;

  return (
    <section className="view dep-view" aria-label="Dependencies view">
      <ViewHeader title="Dependencies">
        <SelectFilter label="Chain" anyLabel="All chains" value={chain} onChange={pickChain} options={chainOptions} />
        <label className="select-filter">
          <input type="checkbox" checked={showUnlinked} onChange={(e) => setShowUnlinked(e.target.checked)} />
          <span>Show jobs with no links</span>
        </label>
        <span className="dep-legend" aria-hidden="true">
          <span className="dep-legend-critical">Critical</span>
          <span className="dep-legend-slack">Has slack</span>
        </span>
        <p className="row-count">
          {nodes.length} jobs · {chain ? '1 chain' : `${chains.length} chains`} · {critical} critical
          {unrealistic > 0 && ` · ${unrealistic} unrealistic deadline${unrealistic === 1 ? '' : 's'}`}
        </p>
      </ViewHeader>
      <p className="view-note muted">
        Drag from a job’s right handle to another job’s left handle to make the second wait for the first. Select a link and press Delete to
        remove it. Unscheduled jobs show their earliest possible times; slack is how far a job can slip before its chain finishes later.
      </p>
      <LoadState loading={map.loading && !map.data} error={map.error} onRetry={map.reload} />
      <div className="dep-layout">
        <div className="dep-map" role="region" aria-label="Dependency map">
          {map.data && nodes.length === 0 ? (
            <p className="load-state muted dep-empty">
              No linked jobs yet. Links come from depends_on in jobs.csv, from a job’s panel, or by drawing them here (tick “Show jobs with
              no links”).
            </p>
          ) : (
            map.data && (
              <DependencyMap
                nodes={nodes}
                links={map.data.links}
                selected={job}
                focus={focus}
                onSelect={setJob}
                onConnect={(pred, succ) => void actions.addLink(pred, succ)}
                onRemoveLink={(pred, succ) => void actions.removeLink(pred, succ)}
              />
            )
          )}
        </div>
        <aside className="dep-side">
          {job && (
            <section className="dep-panel" aria-label={`Job ${job}`}>
              <JobPanel jobRef={job} onPickJob={openJob} />
              <button type="button" className="dep-panel-close" onClick={() => setJob(null)}>
                Close
              </button>
            </section>
          )}
          <ReviewPanel onOpenJob={openJob} jobHref={dependencyLink} />
        </aside>
      </div>
    </section>
  );
}
