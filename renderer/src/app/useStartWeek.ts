// Where the diary opens when the address names no date: today's week when it has work, else the
// nearest week that has (diary/get-start-week). Decided once, from the address the window opened
// with; a date in the address (a deep link, a reload) always wins.
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { navigate } from './url';

export function useStartWeek(): void {
  const [hadDate] = useState(() => new URLSearchParams(window.location.search).has('date'));
  useEffect(() => {
    if (hadDate) return;
    let live = true;
    api('diary/get-start-week', {}).then(
      (w) => {
        if (live && !w.is_current_week) navigate({ date: w.week_start });
      },
      () => {}, // today's week stays: the board reports its own load errors
    );
    return () => {
      live = false;
    };
  }, [hadDate]);
}
