// The board's own deep-link parameters (`span`, `to`) next to the app's `view` and `date`.
// replaceState, like the app's route: changing the range is not navigation history.
import { useCallback, useState } from 'react';
import { isSpan, type Span } from './range';

export interface SpanParams {
  span: Span;
  to: string | null;
}

function read(): SpanParams {
  const p = new URLSearchParams(window.location.search);
  const span = p.get('span');
  return { span: isSpan(span) ? span : 'week', to: p.get('to') };
}

export function useSpanParams(): [SpanParams, (next: SpanParams) => void] {
  const [value, setValue] = useState<SpanParams>(read);
  const update = useCallback((next: SpanParams) => {
    const { pathname, search, hash } = window.location;
    const p = new URLSearchParams(search);
    p.set('span', next.span);
    if (next.span === 'custom' && next.to) p.set('to', next.to);
    else p.delete('to');
    history.replaceState(history.state, '', `${pathname}?${p.toString()}${hash}`);
    setValue(next);
  }, []);
  return [value, update];
}
