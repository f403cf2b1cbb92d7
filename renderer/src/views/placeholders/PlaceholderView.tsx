// A view that a later release fills in: says plainly what it will hold.
import { ViewHeader } from '../../components/ViewHeader';
import type { PlaceholderSpec } from './placeholders';

export function PlaceholderView({ title, summary, holds }: PlaceholderSpec) {
  return (
    <section className="view" aria-label={`${title} view`}>
      <ViewHeader title={title} />
      <div className="placeholder">
        <p className="placeholder-summary">{summary}</p>
        <p className="muted">Coming in a later release. This view will hold:</p>
        <ul>
          {holds.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
