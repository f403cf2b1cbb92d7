// The pre-publish check list: what blocks publishing (hard rules, missing owners), what was
// already overridden with a reason when the job was placed, and how many soft warnings.
import type { ApiOutput } from '../../../../shared/api/contract';
import { Chip } from '../../components/Chip';
import { plural } from '../../lib/format';

type Check = ApiOutput<'packs/check'>;
const SHOWN = 200;

export function CheckList({ check, loading }: { check: Check | undefined; loading: boolean }) {
  if (!check) return <p className="muted">{loading ? 'Checking…' : 'Choose a date range.'}</p>;
  if (check.problem) {
    return (
      <p className="publish-problem" role="alert">
        {check.problem}
      </p>
    );
  }
  const earlier = check.checks.length - check.blocking;
  return (
    <div className="publish-checks" aria-label="Pre-publish checks">
      <p className="publish-summary">
        {plural(check.jobs, 'visit')} for {plural(check.operatives, 'operative')} ·{' '}
        {check.blocking === 0 ? (
          <Chip tone="success">Ready to publish</Chip>
        ) : (
          <Chip tone="danger">{plural(check.blocking, 'blocking check')}</Chip>
        )}
        {earlier > 0 && <> · {plural(earlier, 'check')} overridden earlier</>}
        {check.warnings > 0 && <> · {plural(check.warnings, 'warning')}</>}
      </p>
      {check.checks.length > 0 && (
        <ul className="publish-check-list" aria-label="Checks">
          {check.checks.slice(0, SHOWN).map((c) => (
            <li key={c.id} data-check={c.id}>
              {c.overridden ? (
                <Chip tone="muted" title={`${c.overridden.who}: ${c.overridden.reason}`}>
                  Overridden earlier
                </Chip>
              ) : (
                <Chip tone="danger">Blocks</Chip>
              )}{' '}
              <span className="mono">{c.ref}</span> · {c.operative_id} · {c.date} — <strong>{c.rule_name ?? 'Owner'}</strong>: {c.message}
              {c.overridden && <span className="muted"> (reason: {c.overridden.reason})</span>}
            </li>
          ))}
          {check.checks.length > SHOWN && (
            <li className="muted">…and {check.checks.length - SHOWN} more (all are listed in plan.json once published)</li>
          )}
        </ul>
      )}
    </div>
  );
}
