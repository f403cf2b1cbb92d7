// Diary: the planning board for a day, a week, two weeks or a custom range. One
// `diary/get-board` call per range (and per stored change); the board does the rest client-side.
import { useMemo, useRef, useState } from 'react';
import { navigate, readUrl, useUrlParam } from '../../app/url';
import { LoadState } from '../../components/ViewHeader';
import { todayLocal } from '../../lib/now';
import { buildBoardModel, type BoardData, type BoardModel } from './boardModel';
import { useBoardResource } from './useBoardResource';
import { DiaryBoard } from './DiaryBoard';
import { DiaryToolbar } from './DiaryToolbar';
import { OverrideLog } from './moves/OverrideLog';
import { rangeFor } from './range';
import './diary.css';

interface Props {
  date: string;
  onDateChange: (date: string) => void;
}

export function DiaryView({ date, onDateChange }: Props) {
  // `span` and `to` (a custom range's end) are the board's own deep-link parameters.
  const span = useUrlParam('span');
  const customEnd = useUrlParam('to');
  const range = useMemo(() => rangeFor(span, date, customEnd), [span, date, customEnd]);
  const board = useBoardResource(range.from, range.to);
  const last = useRef<BoardModel | undefined>(undefined);
  const model = useMemo(() => (board.data ? (last.current = measuredModel(board.data, last.current)) : undefined), [board.data]);
  // `?trade=GAS` (a roster shortfall) shows the operatives of that trade; the tray filters to it too.
  const [operativeFilter, setOperativeFilter] = useState(() => readUrl().trade ?? '');
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
        onSpan={(s, to) => navigate({ span: s, to: s === 'custom' ? (to ?? null) : null })}
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
          own={board.own}
        />
      )}
      {showLog && <OverrideLog onClose={() => setShowLog(false)} />}
    </section>
  );
}

function measuredModel(data: BoardData, previous: BoardModel | undefined) {
  const t0 = performance.now();
  const m = buildBoardModel(data, previous);
  performance.measure('board-model', { start: t0, end: performance.now() });
  return m;
}
