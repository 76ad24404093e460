import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * docs/performance.md: each new page or context keeps both cores busy for ~0.7 s, and a timed
 * navigation that starts before that settles reads ~40 % high. So every timed step waits
 * until the whole machine (other processes included: it is shared) has been quiet for two
 * windows in a row, and gives up after `timeoutMs` rather than never measuring.
 */
function cpuTimes(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  return { busy: total - idle, total };
}

let noisy = 0;
/** How many waits timed out: printed with the results, because it means the figures are inflated. */
export const noisyWaits = () => noisy;

export async function waitQuiet({ threshold = 0.2, windowMs = 150, timeoutMs = 6000 } = {}): Promise<void> {
  const end = Date.now() + timeoutMs;
  let calm = 0;
  let prev = cpuTimes();
  while (Date.now() < end) {
    await sleep(windowMs);
    const now = cpuTimes();
    const load = (now.busy - prev.busy) / Math.max(1, now.total - prev.total);
    prev = now;
    calm = load < threshold ? calm + 1 : 0;
    if (calm >= 2) return;
  }
  noisy += 1;
}
