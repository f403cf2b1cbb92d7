// A headed list of a daily touchpoint (briefing, close-out): its items, or "None" when there are none.
import type { ReactNode } from 'react';

export function HeadedList({ heading, label, children }: { heading: ReactNode; label: string; children: ReactNode[] }) {
  return (
    <>
      <h3>{heading}</h3>
      <ul aria-label={label}>
        {children.length === 0 && <li className="muted">None</li>}
        {children}
      </ul>
    </>
  );
}
