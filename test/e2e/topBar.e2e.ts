import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';

/**
 * The top bar at 1366×768, the laptop a facilitator plugs into a projector: one row of 60 px in
 * every language (and the pseudo-locale, whose words are longer than any of them), with the step
 * timer idle, running and paused, in the standard and the projector display. Nothing in it wraps
 * onto a second line, nothing is pushed past the window's edge, and "Export SLA PDF" stays in view.
 */
let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const SHOTS = join('test-results', 'topbar');

interface Layout {
  height: number;
  /** Elements of the bar drawn outside its box (below its one row, or past the window's right edge). */
  outside: string[];
  /** Texts in the bar that break onto more than one line. */
  wrapped: string[];
  exportVisible: boolean;
}

const measure = (page: Page): Promise<Layout> =>
  page.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('.topbar')!;
    const box = bar.getBoundingClientRect();
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    const outside = [...bar.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.checkVisibility() && el.getBoundingClientRect().width > 1)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5 || r.right > window.innerWidth + 0.5;
      })
      .map(name);
    const wrapped: string[] = [];
    const walker = document.createTreeWalker(bar, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !el.checkVisibility() || (n.textContent ?? '').trim() === '' || el.getBoundingClientRect().width <= 1) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      // A text on one line is one box (an ellipsis still is); a wrapped one has a box per line.
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) wrapped.push(name(el));
    }
    const exportSla = bar.querySelector<HTMLElement>('[data-testid="export-sla"]');
    const r = exportSla?.getBoundingClientRect();
    return {
      height: Math.round(box.height),
      outside,
      wrapped,
      exportVisible: !!r && r.top >= box.top && r.bottom <= box.bottom && r.right <= window.innerWidth,
    };
  });

async function openSample(page: Page) {
  await page.locator('.home-list, [data-testid="home"], h1').first().waitFor();
  await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
  await page.locator('#step-title').waitFor();
}

/** The timer's three states at step 6, each measured; the timer's own buttons found by their place, not their words. */
async function checkEveryTimerState(page: Page, label: string) {
  const timer = page.getByTestId('step-timer');
  await page.locator('.rail-step').nth(5).click();
  await page.locator('#step-title').waitFor();
  await timer.waitFor();
  const found: Record<string, Layout> = {};
  const expectOneRow = async (state: string) => {
    await page.waitForTimeout(150);
    const l = await measure(page);
    found[state] = l;
    await page.screenshot({ path: join(SHOTS, `${label}-${state}.png`), clip: { x: 0, y: 0, width: 1366, height: 90 } });
  };
  expect(await timer.getAttribute('data-status')).toBe('idle');
  await expectOneRow('idle');
  await timer.locator('button').nth(1).click();
  await expect.poll(() => timer.getAttribute('data-status')).toBe('running');
  await expectOneRow('running');
  await timer.locator('button').nth(1).click();
  await expect.poll(() => timer.getAttribute('data-status')).toBe('paused');
  await expectOneRow('paused');
  for (const [state, l] of Object.entries(found)) {
    expect({ state, ...l }, `${label}, timer ${state}`).toEqual({ state, height: 60, outside: [], wrapped: [], exportVisible: true });
  }
}

describe('the top bar at 1366 px', () => {
  for (const locale of ['en-US', 'pt-BR', 'es-ES', 'zh-CN'] as const) {
    it(`holds one row in ${locale}, timer idle, running or paused, standard and projector display`, { timeout: 120_000 }, async () => {
      mkdirSync(SHOTS, { recursive: true });
      app = await openApp({ locale });
      const { page } = app;
      await openSample(page);
      await checkEveryTimerState(page, `${locale}-standard`);
      await page.evaluate(() => localStorage.setItem('accord.theme', 'projector'));
      await page.reload();
      await page.locator('#step-title').waitFor();
      await page.getByTestId('step-timer').waitFor();
      // The timer keeps its state over a reload: stop it by finishing, then walk the three states again.
      await checkEveryTimerStateAfterReload(page, `${locale}-projector`);
      expect(app.problems.filter((p) => !p.includes('favicon'))).toEqual([]);
    });
  }

  it.skipIf(process.env.VITE_ACCORD_PSEUDO !== '1')(
    'holds one row in the pseudo-locale, timer idle, running or paused',
    { timeout: 120_000 },
    async () => {
      mkdirSync(SHOTS, { recursive: true });
      app = await openApp({ locale: 'en-US' });
      const { page } = app;
      await page.evaluate(() => localStorage.setItem('accord.pseudoLocale', '1'));
      await page.reload();
      await page.locator('h1').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.lang), 'this build carries no pseudo-locale').toBe('en-XA');
      await openSample(page);
      await checkEveryTimerState(page, 'pseudo-standard');
      await page.evaluate(() => localStorage.setItem('accord.theme', 'projector'));
      await page.reload();
      await page.locator('#step-title').waitFor();
      await checkEveryTimerStateAfterReload(page, 'pseudo-projector');
    },
  );
});

/** After a reload the paused timer is still paused: measure it, resume (running), then reset it to idle by another step. */
async function checkEveryTimerStateAfterReload(page: Page, label: string) {
  const timer = page.getByTestId('step-timer');
  await timer.waitFor();
  const found: Record<string, Layout> = {};
  const take = async (state: string) => {
    await page.waitForTimeout(150);
    found[state] = await measure(page);
    await page.screenshot({ path: join(SHOTS, `${label}-${state}.png`), clip: { x: 0, y: 0, width: 1366, height: 90 } });
  };
  await take(String(await timer.getAttribute('data-status')));
  await timer.locator('button').nth(1).click();
  await take(String(await timer.getAttribute('data-status')));
  // Step 2 has no timer of its own yet: the idle timer, with the running one for step 6 beside it.
  await page.locator('.rail-step').nth(1).click();
  await page.locator('#step-title').waitFor();
  await take(`other-step-${await timer.getAttribute('data-status')}`);
  for (const [state, l] of Object.entries(found)) {
    expect({ state, ...l }, `${label}, timer ${state}`).toEqual({ state, height: 60, outside: [], wrapped: [], exportVisible: true });
  }
}
