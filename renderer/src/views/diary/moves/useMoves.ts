// Moves go to the backend one API call each (one transaction, one undo step); the board confirms a
// move only once it is stored, then reloads. A job with a move in flight cannot be moved again.
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { api, ApiCallError } from '../../../api/client';
import type { Violation } from '../../../../../shared/rules';
import { useStatus } from '../../../components/StatusRegion';
import { useDataVersion } from '../../../hooks/useDataVersion';
import type { Seen } from '../boardModel';
import { blockedText, failureText, NOT_MOVED, placedText, unscheduledText, violationsOf } from './moveMessages';
import { measureStored } from './storedMeasure';
import type { StoredMove } from './applyStored';
import type { OwnMoves } from '../useBoardResource';
import type { MovePreview } from './optimistic';

interface MoveTarget {
  operative_id: string;
  date: string;
  index?: number;
}

export interface MoveRequest {
  refs: readonly string[];
  seen: ReadonlyMap<string, Seen | null>;
  to: MoveTarget | null;
  /** For the confirmation: who and when, as the client computed it. */
  operativeName?: string;
  startMin?: number | null;
  overrideReason?: string;
  /** When the card was released (event time), for drop-to-stored (storedMeasure.ts); none for buttons. */
  releasedAt?: number | undefined;
  /** Drawn at once, until stored or refused (optimistic.ts); none: the cards stay put, pending. */
  preview?: MovePreview | undefined;
}

/** A refused drop that may be placed anyway with a reason. */
export interface Overridable {
  request: MoveRequest;
  violations: readonly Violation[];
}

export interface Notice {
  kind: 'error' | 'info';
  text: string;
  override?: Overridable;
}

export interface PendingMove {
  to: MoveTarget | null;
  stored: boolean;
  preview?: MovePreview | undefined;
}

/** The job's move is sent and not yet answered (its card is drawn pending). */
export function isSaving(pending: ReadonlyMap<string, PendingMove>, ref: string): boolean {
  return pending.get(ref)?.stored === false;
}

export interface Moves {
  pending: ReadonlyMap<string, PendingMove>;
  notice: Notice | null;
  setNotice: (n: Notice | null) => void;
  isBusy: (refs: readonly string[]) => boolean;
  run: (req: MoveRequest) => Promise<boolean>;
  /** Refuse a drop locally (blocked by a hard rule) without calling the backend. */
  refuse: (req: MoveRequest, violations: readonly Violation[]) => void;
  say: (text: string, kind?: 'error' | 'info') => void;
}

export function useMoves(boardVersion: number | undefined, own?: OwnMoves): Moves {
  const { announce } = useStatus();
  const { invalidate } = useDataVersion();
  const busy = useRef(new Set<string>());
  const [pending, setPending] = useState<ReadonlyMap<string, PendingMove>>(new Map());
  const [notice, setNotice] = useState<Notice | null>(null);

  // A reloaded board shows stored moves in place: drop their placeholders.
  useEffect(() => {
    setPending((p) => {
      if (![...p.values()].some((m) => m.stored)) return p;
      return new Map([...p].filter(([, m]) => !m.stored));
    });
  }, [boardVersion]);

  const say = useCallback(
    (text: string, kind: 'error' | 'info' = 'error') => {
      announce(text, kind);
      setNotice({ kind, text });
    },
    [announce],
  );

  const refuse = useCallback(
    (request: MoveRequest, violations: readonly Violation[]) => {
      const text = blockedText(request.refs, violations);
      announce(text, 'error');
      setNotice({ kind: 'error', text, override: { request: { ...request, releasedAt: undefined }, violations } });
    },
    [announce],
  );

  const isBusy = useCallback((refs: readonly string[]) => refs.some((r) => busy.current.has(r)), []);

  const run = useCallback(
    async (req: MoveRequest): Promise<boolean> => {
      const { refs } = req;
      if (refs.some((r) => busy.current.has(r))) {
        say(NOT_MOVED.busy(refs.filter((r) => busy.current.has(r))));
        return false;
      }
      refs.forEach((r) => busy.current.add(r));
      setPending((p) => new Map([...p, ...refs.map((r) => [r, { to: req.to, stored: false, preview: req.preview }] as const)]));
      const override_reason = req.overrideReason?.trim() || undefined;
      const releasedAt = req.releasedAt ?? performance.now();
      const sentAt = performance.now();
      try {
        let warnings: Violation[] = [];
        let stored: StoredMove[];
        if (refs.length === 1) {
          const out = await api('diary/move-job', { ref: refs[0]!, to: req.to, seen: req.seen.get(refs[0]!) ?? null, override_reason });
          warnings = out.violations.filter((v) => v.severity === 'soft');
          stored = [{ ref: refs[0]!, entry: out.entry }];
        } else {
          const out = await api('diary/move-jobs', {
            moves: refs.map((ref) => ({ ref, seen: req.seen.get(ref) ?? null })),
            to: req.to,
            override_reason,
          });
          warnings = out.flatMap((o) => o.violations.filter((v) => v.severity === 'soft'));
          stored = out.map((o) => ({ ref: o.ref, entry: o.entry }));
        }
        const answeredAt = performance.now();
        own?.expect();
        const text = req.to
          ? placedText(
              refs,
              req.operativeName ?? req.to.operative_id,
              req.to.date,
              req.startMin ?? null,
              warnings,
              Boolean(override_reason),
            )
          : unscheduledText(refs);
        // The acknowledgement is drawn at once (not whenever React next renders); once it is on
        // screen the board applies the move to its copy (no reload) and the other views refresh.
        flushSync(() => {
          setPending((p) => new Map([...p, ...refs.map((r) => [r, { to: req.to, stored: true, preview: req.preview }] as const)]));
          announce(text, 'success', { undoable: true });
          setNotice(null);
        });
        measureStored(releasedAt, sentAt, answeredAt, () => {
          own?.adopt(stored);
          invalidate();
        });
        return true;
      } catch (err) {
        setPending((p) => new Map([...p].filter(([r]) => !refs.includes(r))));
        const text = failureText(refs, err);
        const violations = violationsOf(err);
        announce(text, 'error');
        setNotice({
          kind: 'error',
          text,
          override: violations.length && !override_reason ? { request: { ...req, releasedAt: undefined }, violations } : undefined,
        });
        // Stale or deleted: the board's copy is out of date, fetch the stored state.
        if (err instanceof ApiCallError && (err.code === 'CONFLICT' || err.code === 'NOT_FOUND')) invalidate();
        return false;
      } finally {
        refs.forEach((r) => busy.current.delete(r));
      }
    },
    [announce, invalidate, say, own],
  );

  return { pending, notice, setNotice, isBusy, run, refuse, say };
}
