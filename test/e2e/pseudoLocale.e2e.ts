import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';
import { messages as en } from '../../renderer/i18n/locales/en';
import { sampleWorkshop } from '../../shared/workshop/sample';

/**
 * The ten steps of the sample in the pseudo-locale (renderer/i18n/pseudo.ts). Needs a build
 * that carries it: `VITE_ACCORD_PSEUDO=1 ACCORD_OUT_DIR=… npx electron-vite build`, then the same
 * variable set for the test run (without it, as in `npm test`, the pass is skipped).
 * Any English word of the UI's own strings left on screen bypassed translation; any button,
 * label or heading whose text is wider than its box is clipped in a longer language.
 */
let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const words = (s: string) => (s.replace(/\{\{[^}]*\}\}|<\/?\w+\s*\/?>/g, ' ').match(/\b[A-Za-z]{4,}\b/g) ?? []).map((w) => w.toLowerCase());
const flat = (t: object): string[] => Object.values(t).flatMap((v) => (typeof v === 'string' ? [v] : flat(v as object)));

/** Words of the UI's English strings that the sample workshop's own content never uses. */
function uiOnlyWords(): Set<string> {
  const own = new Set(words(JSON.stringify(sampleWorkshop())));
  return new Set(
    flat(en)
      .flatMap(words)
      .filter((w) => !own.has(w)),
  );
}

async function screenFaults(page: Page, ui: string[]) {
  return page.evaluate((uiWords) => {
    const known = new Set(uiWords);
    const english: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      // Inputs hold what people typed; a region marked with its own lang (the workshop's document language) is not UI text.
      if (!el || !el.checkVisibility?.() || el.closest('input, textarea, select, [contenteditable], body [lang]')) continue;
      const text = n.textContent ?? '';
      const hits = (text.match(/\b[A-Za-z]{4,}\b/g) ?? []).filter((w) => known.has(w.toLowerCase()));
      if (hits.length > 0) english.push(`${text.trim().slice(0, 80)} [${hits.join(', ')}]`);
    }
    const clipped = [...document.querySelectorAll<HTMLElement>('main button, main label, main h1, main h2, main h3')]
      // Visually hidden labels (for screen readers, 1 px wide) are not boxes anyone reads.
      .filter((el) => el.checkVisibility?.() && el.getBoundingClientRect().width > 2 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 60)}`);
    return { english: [...new Set(english)], clipped: [...new Set(clipped)] };
  }, ui);
}

describe('the UI in the pseudo-locale', () => {
  it.skipIf(process.env.VITE_ACCORD_PSEUDO !== '1')(
    'walks the ten steps of the sample: no English left, no label clipped',
    { timeout: 240_000 },
    async () => {
      app = await openApp({ locale: 'en-US' });
      const { page } = app;
      await page.evaluate(() => localStorage.setItem('accord.pseudoLocale', '1'));
      await page.reload();
      await page.locator('h1').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.lang), 'this build carries no pseudo-locale').toBe('en-XA');
      await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
      const ui = [...uiOnlyWords()];
      const found: Record<string, { english: string[]; clipped: string[] }> = {};
      const steps = page.locator('.rail button');
      await steps.first().waitFor();
      for (let i = 0; i < 10; i++) {
        await steps.nth(i).click();
        await page.locator('#step-title').waitFor();
        await page.waitForTimeout(300);
        const f = await screenFaults(page, ui);
        if (f.english.length + f.clipped.length > 0) found[`step ${i + 1}`] = f;
        await page.screenshot({ path: `test-results/pseudo-step-${i + 1}.png`, fullPage: false });
      }
      expect(found).toEqual({});
    },
  );
});
