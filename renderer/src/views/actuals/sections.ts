// The Plan vs actual view's sections, kept in the address (`&section=close-out`) so each can be linked.
import { useCallback, useState } from 'react';

export const SECTIONS = ['report', 'close-out', 'addresses', 'durations', 'policy'] as const;
export type Section = (typeof SECTIONS)[number];
export const SECTION_LABELS: Record<Section, string> = {
  report: 'Plan vs actual',
  'close-out': 'Close-out',
  addresses: 'Flagged addresses',
  durations: 'Learned durations',
  policy: 'Policy',
};

const isSection = (s: string | null): s is Section => s !== null && (SECTIONS as readonly string[]).includes(s);

export function useSectionParam(): [Section, (s: Section) => void] {
  const [section, set] = useState<Section>(() => {
    const s = new URLSearchParams(window.location.search).get('section');
    return isSection(s) ? s : 'report';
  });
  const update = useCallback((s: Section) => {
    const url = new URL(window.location.href);
    url.searchParams.set('section', s);
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    set(s);
  }, []);
  return [section, update];
}
