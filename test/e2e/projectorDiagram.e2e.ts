import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';

/**
 * The lead-process diagram on the projector at 1366×768: the canvas fits the eight stages of the
 * sample to its width (drawn at about 70 %), and every word of it (owners, stage names, rates and
 * days, line labels) still reads at 13 px or more on screen, as the rest of the projector's type.
 */
let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('the lead-process diagram in the projector display', () => {
  it('draws every label at 13 px or more on screen at 1366×768', { timeout: 120_000 }, async () => {
    mkdirSync('test-results/projector', { recursive: true });
    app = await openApp();
    const { page } = app;
    await page.evaluate(() => localStorage.setItem('accord.theme', 'projector'));
    await page.reload();
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page
      .locator('.rail')
      .getByRole('button', { name: /^Lead process/ })
      .click();
    await page.locator('.react-flow__node').first().waitFor();
    // The fit to the canvas settles after the first frames.
    await page.waitForTimeout(1000);
    const sizes = await page.evaluate(() => {
      const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
      const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
      const labels = [...document.querySelectorAll<HTMLElement>('.lp-node-owner, .lp-node-name, .lp-node-meta, .react-flow__edge-text')];
      return {
        zoom,
        small: labels
          .filter((el) => (el.textContent ?? '').trim() !== '')
          .map((el) => ({
            text: (el.textContent ?? '').trim().slice(0, 30),
            px: Math.round(parseFloat(getComputedStyle(el).fontSize) * zoom * 10) / 10,
          }))
          .filter((l) => l.px < 13),
        count: labels.length,
      };
    });
    await page.screenshot({ path: 'test-results/projector/lead-process-1366.png' });
    // The sample is drawn smaller than its own size: the test measures what the room sees.
    expect(sizes.zoom).toBeLessThan(0.9);
    expect(sizes.count).toBeGreaterThan(20);
    expect(sizes.small).toEqual([]);
    // The rates and days are not cut to an ellipsis in a card that has room for them.
    const cut = await page
      .locator('.lp-node-meta')
      .evaluateAll((els) => els.filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1).length);
    expect(cut).toBe(0);
  });
});
