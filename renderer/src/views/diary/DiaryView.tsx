// Diary: the planning board for a day, a week, two weeks or a custom range. One
// `diary/get-board` call per range (and per stored change); the board does the rest client-side.
import { useMemo, useState } from 'react';
import { LoadState } from '../../components/ViewHeader';
import { useResource } from '../../hooks/useResource';
import { todayLocal } from '../../lib/now';
import { buildBoardModel, type BoardData } from './boardModel';
import { loadBoard } from './boardRequest';
import { DiaryBoard } from './DiaryBoard';
import { DiaryToolbar } from './DiaryToolbar';
import { OverrideLog } from './moves/OverrideLog';
import { rangeFor } from './range';
import { useSpanParams } from './useUrlParams';
import './diary.css';

interface Props {
  date: string;
  onDateChange: (date: string) => void;
}

export function DiaryView({ date, onDateChange }: Props) {
  const [params, setParams] = useSpanParams();
  const range = useMemo(() => rangeFor(params.span, date, params.to), [params.span, date, params.to]);
  const board = useResource(() => loadBoard(range.from, range.to), [range.from, range.to]);
  const model = useMemo(() => (board.data ? measuredModel(board.data) : undefined), [board.data]);
  // `?trade=GAS` (a roster shortfall) shows the operatives of that trade; the tray filters to it too.
  const [operativeFilter, setOperativeFilter] = useState(() => new URLSearchParams(window.location.search).get('trade') ?? '');
  const [showLog, setShowLog] = useState(false);
  const today = todayLocal();

  return (
    <section className="view diary-view" aria-label="Diary view">
      <DiaryToolbar
        range={range}
        focus={date}
        today={today}
        operativeFilter={operativeFilter}
        onOperativeFilter={setOperativeFilter}
        onFocus={onDateChange}
        onSpan={(span, to) => setParams({ span, to: to ?? null })}
        onOverrideLog={() => setShowLog(true)}
      />
      <LoadState loading={board.loading && !board.data} error={board.data ? undefined : board.error} onRetry={board.reload} />
      {model && model.operatives.length === 0 && (
        <p className="load-state muted">No operatives yet. Use “Import CSV…” to load operatives.csv.</p>
      )}
      {model && model.operatives.length > 0 && (
        <DiaryBoard
          model={model}
          mode={range.span === 'day' ? 'day' : 'week'}
          focus={date}
          today={today}
          operativeFilter={operativeFilter}
        />
      )}
      {showLog && <OverrideLog onClose={() => setShowLog(false)} />}
    </section>
  );
}

function measuredModel(data: BoardData) {
  const t0 = performance.now();
  const m = buildBoardModel(data);
  performance.measure('board-model', { start: t0, end: performance.now() });
  return m;
}
