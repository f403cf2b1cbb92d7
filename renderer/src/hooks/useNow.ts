// A clock that ticks once a minute, so SLA countdowns stay current without re-rendering
// thousands of rows every second.
import { useEffect, useState } from 'react';
import { nowLocal } from '../lib/now';

export function useNowLocal(intervalMs = 60_000): string {
  const [now, setNow] = useState(nowLocal);
  useEffect(() => {
    const id = window.setInterval(() => setNow(nowLocal()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}
