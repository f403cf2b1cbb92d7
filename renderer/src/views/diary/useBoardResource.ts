// The board's data: loaded per range, and again whenever the workspace changes (useDataVersion),
// except after the board's own stored moves. Those it applies to its copy itself (adoptMoves:
// moves/applyStored.ts) and then only asks the store's version: when that is exactly one write
// per adopted move on from the copy's, the copy is the stored diary and nothing is re-read (a
// whole board is ~5 MB and ~400 ms of work); any other write (another window, the CLI, undo)
// makes it load the board afresh, as before.
import { useCallback, useEffect, useRef, useState } from 'react';
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
  /** Apply this window's stored moves to the copy (call before the workspace's version moves on). */
  adoptMoves: (moves: readonly StoredMove[]) => void;
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
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
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
  }, [version, load]);

  const adoptMoves = useCallback((moves: readonly StoredMove[]) => {
    const copy = current.current;
    const next = copy && applyStoredMoves(copy, moves);
    if (!next) return; // the version check will load it afresh
    adopted.current++;
    current.current = next;
    setState((s) => ({ ...s, data: next }));
  }, []);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload, adoptMoves };
}
