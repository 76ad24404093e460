import { useEffect, useState } from 'react';

/**
 * The current time, refreshed a few times a second while `live`. Four ticks a second keeps the
 * seconds display from skipping when a tick lands late; nothing ticks while the timer is idle.
 */
export function useNow(live: boolean, everyMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!live) return;
    const id = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(id);
  }, [live, everyMs]);
  return now;
}
