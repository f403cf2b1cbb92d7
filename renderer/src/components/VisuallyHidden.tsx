// Text for assistive technology only (kept in the accessibility tree, clipped from view).
import type { ReactNode } from 'react';
import './controls.css';

export function VisuallyHidden({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <span id={id} className="visually-hidden">
      {children}
    </span>
  );
}
