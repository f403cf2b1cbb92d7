// Runs one edit (one undoable step): reloads every view, says what happened, and when the edit
// made placements break a hard rule, shows them at once in the blocked notice. A refusal comes
// back to the caller (field problems sit in `fields`) so the form can show it beside the fields.
import { useCallback } from 'react';
import { ApiCallError } from '../../api/client';
import type { BlockedPlacementView } from '../../../../shared/api/areas/common';
import { errorText, useStatus } from '../../components/StatusRegion';
import { useDataVersion } from '../../hooks/useDataVersion';
import { blockedHeadline, reportBlocked } from './blockedStore';

export type EditOutcome<T> = { ok: true; value: T } | { ok: false; message: string; fields: { field: string | null; message: string }[] };

export function useEdit() {
  const { announce } = useStatus();
  const { invalidate } = useDataVersion();
  return useCallback(
    async <T extends object>(what: string, call: () => Promise<T>, said: (value: T) => string): Promise<EditOutcome<T>> => {
      try {
        const value = await call();
        invalidate();
        const blocked = (value as { blocked?: readonly BlockedPlacementView[] }).blocked ?? [];
        announce(`${said(value)}${blocked.length ? ` ${blockedHeadline(blocked.length)}.` : ''}`, 'success');
        reportBlocked(what, blocked);
        return { ok: true, value };
      } catch (err) {
        const details = err instanceof ApiCallError ? (err.body.details as { fields?: unknown } | undefined) : undefined;
        const fields = Array.isArray(details?.fields) ? (details.fields as { field: string | null; message: string }[]) : [];
        return { ok: false, message: errorText(err), fields };
      }
    },
    [announce, invalidate],
  );
}
