// The strip at the top of each view: title, then view-specific tools on the right.
import type { ReactNode } from 'react';

export function ViewHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="view-head">
      <h1>{title}</h1>
      {children && <div className="view-tools">{children}</div>}
    </div>
  );
}

/** Loading / error line shown in place of data, with a retry when loading failed. */
export function LoadState({ loading, error, onRetry }: { loading: boolean; error: Error | undefined; onRetry?: () => void }) {
  if (error) {
    return (
      <p className="load-state error-text">
        Could not load: {error.message}{' '}
        {onRetry && (
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        )}
      </p>
    );
  }
  if (loading) return <p className="load-state muted">Loading…</p>;
  return null;
}

/** "120 of 5,000 jobs": how many rows the filter leaves, in the view's tools. */
export function RowCount({ shown, total, noun }: { shown: number; total: number; noun: string }) {
  return (
    <p className="row-count">
      {shown.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} {noun}
    </p>
  );
}
