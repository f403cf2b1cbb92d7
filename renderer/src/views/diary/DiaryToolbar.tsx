// The board's controls: day / week / two weeks / custom range, stepping and jumping to a date,
// the operative filter and the override log.
import { isIsoDate } from '../../../../shared/calendar';
import { FilterInput } from '../../components/FilterInput';
import { Icon } from '../../components/Icon';
import { SegmentedControl } from '../../components/SegmentedControl';
import { ViewHeader } from '../../components/ViewHeader';
import { dateSpan } from '../../lib/format';
import { MAX_DAYS, SPAN_LABELS, SPANS, stepFocus, type BoardRange, type Span } from './range';
import { addDays } from '../../../../shared/calendar';

interface Props {
  range: BoardRange;
  focus: string;
  today: string;
  operativeFilter: string;
  onOperativeFilter: (v: string) => void;
  onFocus: (date: string) => void;
  onSpan: (span: Span, to?: string | null) => void;
  onOverrideLog: () => void;
}

export function DiaryToolbar({ range, focus, today, operativeFilter, onOperativeFilter, onFocus, onSpan, onOverrideLog }: Props) {
  const unit = range.span === 'day' ? 'day' : range.span === 'week' ? 'week' : range.span === 'fortnight' ? 'two weeks' : 'range';
  return (
    <ViewHeader title="Diary">
      <SegmentedControl
        label="Range"
        value={range.span}
        options={SPANS}
        labels={SPAN_LABELS}
        onChange={(s) => onSpan(s, s === 'custom' ? addDays(focus, 6) : null)}
      />
      <span className="button-group">
        <button
          type="button"
          aria-label={`Previous ${unit}`}
          title={`Previous ${unit}`}
          onClick={() => onFocus(stepFocus(range, focus, -1))}
        >
          <Icon name="chevron-left" />
        </button>
        <button type="button" onClick={() => onFocus(today)}>
          Today
        </button>
        <button type="button" aria-label={`Next ${unit}`} title={`Next ${unit}`} onClick={() => onFocus(stepFocus(range, focus, 1))}>
          <Icon name="chevron-right" />
        </button>
      </span>
      {range.span === 'custom' ? (
        <>
          <label className="select-filter">
            <span>From</span>
            <input type="date" value={range.from} onChange={(e) => isIsoDate(e.target.value) && onFocus(e.target.value)} />
          </label>
          <label className="select-filter">
            <span>To</span>
            <input
              type="date"
              value={range.to}
              min={range.from}
              max={addDays(range.from, MAX_DAYS - 1)}
              onChange={(e) => isIsoDate(e.target.value) && onSpan('custom', e.target.value)}
            />
          </label>
        </>
      ) : (
        <label className="select-filter">
          <span>Jump to date</span>
          <input type="date" value={focus} onChange={(e) => isIsoDate(e.target.value) && onFocus(e.target.value)} />
        </label>
      )}
      <span className="range-label" aria-live="polite">
        {dateSpan(range.from, range.to)} {range.from.slice(0, 4)}
      </span>
      <span className="toolbar-spacer" />
      <FilterInput label="Filter operatives" hint="Operative name, id or trade" value={operativeFilter} onChange={onOperativeFilter} />
      <button type="button" onClick={onOverrideLog}>
        Override log
      </button>
    </ViewHeader>
  );
}
