// Small inline labels. Colour is never the only signal: every chip carries its text.
import type { ReactNode } from 'react';

export type ChipTone = 'neutral' | 'danger' | 'warning' | 'info' | 'muted' | 'success';

export function Chip({ tone = 'neutral', children, title }: { tone?: ChipTone; children: ReactNode; title?: string }) {
  return (
    <span className="chip" data-tone={tone} title={title}>
      {children}
    </span>
  );
}

/** Priority category with its colour swatch; unknown categories fall back to neutral. */
export function PriorityChip({ priority }: { priority: string }) {
  return (
    <span className="priority" data-priority={priority.toLowerCase()}>
      <span className="priority-swatch" aria-hidden="true" />
      {priority}
    </span>
  );
}
