import type { Page } from 'playwright-core';
import { launch } from './browser';
import { waitQuiet } from './quiet';

/**
 * One PDF export in the app, timed in page time: the capture-phase click on the export button
 * (event.timeStamp) → the PDF blob handed to the download (URL.createObjectURL with an
 * application/pdf Blob). Long tasks come from a PerformanceObserver('longtask') in the page,
 * which reports main-thread tasks of 50 ms or more. Shared by the SLA and report benches.
 */
export const exportHooks = (button: string) => `
(() => {
  window.__long = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
  const create = URL.createObjectURL;
  URL.createObjectURL = function (obj) {
    if (obj instanceof Blob && obj.type === 'application/pdf') window.__pdfAt = performance.now();
    return create.call(URL, obj);
  };
  addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('button')?.textContent?.includes(${JSON.stringify(button)})) window.__clickAt = e.timeStamp;
  }, true);
})();`;

type HookWindow = { __long: { start: number; duration: number }[]; __pdfAt?: number; __clickAt?: number };

export async function exportOnce(page: Page, button: string): Promise<{ ms: number; longest: number }> {
  const control = page.getByRole('button', { name: button, exact: true });
  await control.waitFor();
  await page.evaluate(() => {
    const w = window as unknown as HookWindow;
    w.__pdfAt = undefined;
    w.__clickAt = undefined;
  });
  const download = page.waitForEvent('download', { timeout: 180_000 });
  await control.click();
  await (await download).delete();
  const t = await page.evaluate(() => {
    const w = window as unknown as HookWindow;
    const longest = w.__long
      .filter((l) => l.start + l.duration >= w.__clickAt! && l.start <= w.__pdfAt!)
      .reduce((m, l) => Math.max(m, l.duration), 0);
    return { ms: w.__pdfAt! - w.__clickAt!, longest };
  });
  if (!Number.isFinite(t.ms)) throw new Error(`PDF bench: the "${button}" export was not observed`);
  return t;
}

export interface ExportSeries {
  cold: number[];
  warm: number[];
  longest: number[];
}

/**
 * Cold = the first export after a page load of `url` (worker start, fonts, layout engine),
 * `coldReps` times; warm = `warmReps` exports after the last of them, in the same page.
 */
export async function measureExports(url: string, button: string, coldReps: number, warmReps: number): Promise<ExportSeries> {
  const b = await launch({ initScripts: [exportHooks(button)] });
  const series: ExportSeries = { cold: [], warm: [], longest: [] };
  try {
    for (let i = 0; i < coldReps; i++) {
      // Via about:blank: a goto that only repeats the same #fragment would not reload the page.
      await b.page.goto('about:blank');
      await b.page.goto(url);
      await b.page.getByRole('button', { name: button, exact: true }).waitFor();
      await waitQuiet();
      const t = await exportOnce(b.page, button);
      series.cold.push(t.ms);
      series.longest.push(t.longest);
    }
    for (let i = 0; i < warmReps; i++) {
      await waitQuiet();
      const t = await exportOnce(b.page, button);
      series.warm.push(t.ms);
      series.longest.push(t.longest);
    }
  } finally {
    await b.close();
  }
  return series;
}
