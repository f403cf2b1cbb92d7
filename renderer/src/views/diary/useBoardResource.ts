// The board's data: loaded per range, and again whenever the workspace changes (useDataVersion),
// except after the board's own stored moves. Those it applies to its copy itself (own.adopt:
// moves/applyStored.ts) and then only asks the store's version: when that is exactly one write
// per adopted move on from the copy's, the copy is the stored diary and nothing is re-read (a
// whole board is ~5 MB and ~400 ms of work); any other write (another window, the CLI, undo)
// makes it load the board afresh, as before.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client';
import { useStatus } from '../../components/StatusRegion';
import { useDataVersion } from '../../hooks/useDataVersion';
import type { BoardData } from './boardModel';
import { loadBoard } from './boardRequest';
import { applyStoredMoves, type StoredMove } from './moves/applyStored';

export interface BoardResource {
  data: BoardData | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
  /** This window's own moves, as they are stored. */
  own: OwnMoves;
}

export interface OwnMoves {
  /** A move was stored: it will be adopted shortly (until then a version change waits for it). */
  expect: () => void;
  /** Apply the stored moves to the copy, then let the workspace's version move on. */
  adopt: (moves: readonly StoredMove[]) => void;
}

interface State {
  data: BoardData | undefined;
  error: Error | undefined;
  loading: boolean;
}

export function useBoardResource(from: string, to: string): BoardResource {
  const { version } = useDataVersion();
  const { report } = useStatus();
  const [state, setState] = useState<State>({ data: undefined, error: undefined, loading: true });
  const [nonce, setNonce] = useState(0);
  const current = useRef(state.data);
  current.current = state.data;
  /** Moves adopted since the copy was last confirmed or loaded. */
  const adopted = useRef(0);
  /** Moves stored but not adopted yet, and whether a version change is waiting for them. */
  const expected = useRef(0);
  const waiting = useRef(false);
  /** Each load or check; an answer to an older one is dropped. */
  const seq = useRef(0);

  const load = useCallback(() => {
    const mine = ++seq.current;
    adopted.current = 0;
    setState((s) => ({ ...s, loading: true }));
    loadBoard(from, to).then(
      (data) => {
        if (seq.current === mine) setState({ data, error: undefined, loading: false });
      },
      (err: unknown) => {
        if (seq.current !== mine) return;
        const error = err instanceof Error ? err : new Error(String(err));
        setState((s) => ({ data: s.data, error, loading: false }));
        report(error);
      },
    );
  }, [from, to, report]);

  // A new range (or Retry): load.
  useEffect(() => load(), [load, nonce]);

  // The workspace changed: our own adopted moves only? Then the copy stands.
  const check = useCallback(() => {
    const copy = current.current;
    if (adopted.current === 0 || !copy) return load();
    const mine = ++seq.current;
    adopted.current = 0;
    api('workspace/get-version', {}).then(
      (r) => {
        if (seq.current === mine && r.version !== copy.version) load();
      },
      () => seq.current === mine && load(),
    );
  }, [load]);
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    // The store watch may see our own write before we have adopted it: decide once we have.
    if (expected.current > 0) waiting.current = true;
    else check();
  }, [version, check]);

  const own = useMemo<OwnMoves>(
    () => ({
      expect: () => void expected.current++,
      adopt: (moves) => {
        expected.current = Math.max(0, expected.current - 1);
        const copy = current.current;
        const next = copy && applyStoredMoves(copy, moves);
        // A move that does not fit the copy: the version check loads the board afresh.
        if (next) {
          adopted.current++;
          current.current = next;
          setState((s) => ({ ...s, data: next }));
        }
        if (waiting.current && expected.current === 0) {
          waiting.current = false;
          check();
        }
      },
    }),
    [check],
  );

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload, own };
}
