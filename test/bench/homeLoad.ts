import { launch, readyProbe, readyTime } from './lib/browser';
import type { Figure } from './lib/figure';
import { waitQuiet } from './lib/quiet';
import { stats } from './lib/stats';

/**
 * Navigation start → the home list's sample row in the DOM, against the blank React page
 * (h1 + 10-item list) reaching its list, alternating the two in one browser so that both
 * see the same machine. The app's profile already holds its database (first run seeds the
 * sample), as on a facilitator's laptop after the first start.
 */
export async function benchHomeLoad(appUrl: string, blankUrl: string, reps: number): Promise<Figure> {
  const b = await launch({
    initScripts: [readyProbe({ home: { selector: '.home-table tbody tr' }, blank: { selector: '#bench-list li', count: 10 } })],
  });
  try {
    const app: number[] = [];
    const blank: number[] = [];
    for (let i = -1; i < reps; i++) {
      await waitQuiet();
      await b.page.goto(appUrl, { waitUntil: 'commit' });
      const a = await readyTime(b.page, 'home');
      await waitQuiet();
      await b.page.goto(blankUrl, { waitUntil: 'commit' });
      const z = await readyTime(b.page, 'blank');
      if (i >= 0) {
        app.push(a);
        blank.push(z);
      }
    }
    const s = stats(app);
    const base = stats(blank);
    const ratio = s.median / base.median;
    return {
      id: 'homeLoad',
      label: 'Home list interactive (navigation start → sample row in DOM)',
      unit: 'ms',
      stats: s,
      baseline: { label: 'blank React page', stats: base },
      ratio,
      target: '≤ 1.5× blank page at the median, p95 ≤ 300 ms',
      pass: ratio <= 1.5 && s.p95 <= 300,
    };
  } finally {
    await b.close();
  }
}
