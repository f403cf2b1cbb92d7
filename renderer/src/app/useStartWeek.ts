// Opened without a date (a fresh start), the diary shows today's week when it has work, else the
// nearest week that has (diary/get-start-week); a date in the address is always kept.
import { useEffect } from 'react';
import { api } from '../api/client';
import { navigate } from './url';

const openedWithDate = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('date');

export function useStartWeek(): void {
  useEffect(() => {
    if (openedWithDate) return;
    let live = true;
    api('diary/get-start-week', {})
      .then((w) => {
        if (live && !w.is_current_week && w.placements > 0) navigate({ date: w.week_start });
      })
      .catch(() => {}); // today's week is a fine fallback
    return () => {
      live = false;
    };
  }, []);
}
