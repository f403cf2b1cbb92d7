// The row problems of a refused CSV import (all or nothing): a focusable summary, then the first
// `max` problems with file, line and field.
import type { ReactNode, RefObject } from 'react';
import type { CsvRowError } from '../../../../shared/api/views';
import { rowErrorText } from './importText';

interface Props {
  errors: readonly CsvRowError[];
  /** The list's accessible name. */
  label: string;
  /** Rendering tens of thousands of list items helps no one; the first few hundred point the way. */
  max: number;
  /** Focus moves here after a failed import, so keyboard and screen-reader users meet it first. */
  summaryRef: RefObject<HTMLParagraphElement | null>;
  /** Shown below the list (e.g. how many were left out). */
  footer?: ReactNode;
}

export function CsvRowErrors({ errors, label, max, summaryRef, footer }: Props) {
  return (
    <div className="import-errors">
      <p ref={summaryRef} tabIndex={-1} className="import-summary error-text">
        {errors.length === 1 ? '1 problem found.' : `${errors.length} problems found.`} Nothing was imported.
      </p>
      <ul aria-label={label}>
        {errors.slice(0, max).map((e, i) => (
          <li key={i}>{rowErrorText(e)}</li>
        ))}
      </ul>
      {footer}
    </div>
  );
}
