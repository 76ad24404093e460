import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const STEP_TITLES = [
  'Commit to work together',
  'Goals',
  'Target buyer',
  'Lead process',
  'Qualified-lead definition',
  'Lead hand-off',
  'Service level agreement',
  'Metrics',
  'Technology',
  'Feedback and optimisation',
];

/**
 * Serious and critical WCAG 2.1 A/AA violations on the page as it is now, one line each; with
 * `enhancedContrast`, also text below the 7:1 contrast the projector setting promises (AAA).
 */
async function seriousViolations(page: Page, screen: string, enhancedContrast = false): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (enhancedContrast) builder.withRules(['color-contrast-enhanced']);
  else builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen}: ${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes
          .slice(0, 2)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

/**
 * The focused element shows a focus ring (outline or box-shadow), on itself or on the control
 * that wraps it (a `:focus-within` ring), so a keyboard user sees where they are.
 */
async function focusIsVisible(page: Page): Promise<{ visible: boolean; what: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { visible: false, what: 'nothing focused' };
    const ring = (e: Element | null) => {
      if (!e) return false;
      const s = getComputedStyle(e);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    };
    const visible = ring(el) || ring(el.parentElement);
    return {
      visible,
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
    };
  });
}

describe('accessibility', () => {
  it('every screen of the sample workshop passes an axe scan with no serious or critical violation', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).waitFor();
    const problems = await seriousViolations(page, 'home');
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    for (const title of STEP_TITLES) {
      await page
        .getByRole('button', { name: new RegExp(`^${title}`) })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.waitForTimeout(300); // lazy parts (diagram, charts) settle
      problems.push(...(await seriousViolations(page, title)));
    }
    await page.getByRole('button', { name: 'History' }).click();
    await page.getByRole('dialog', { name: 'Workshop history' }).waitFor();
    problems.push(...(await seriousViolations(page, 'history dialog')));
    expect(problems).toEqual([]);
  });

  it('holds contrast in the projector display setting too', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog').locator('#ui-theme').selectOption('projector');
    await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
    await page.reload(); // remembered, and applied before the first paint
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('projector');
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).waitFor();
    const problems = [
      ...(await seriousViolations(page, 'home (projector)')),
      ...(await seriousViolations(page, 'home (projector, 7:1)', true)),
    ];
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    for (const title of ['Commit to work together', 'Lead process', 'Service level agreement', 'Feedback and optimisation']) {
      await page
        .getByRole('button', { name: new RegExp(`^${title}`) })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.waitForTimeout(300);
      problems.push(
        ...(await seriousViolations(page, `${title} (projector)`)),
        ...(await seriousViolations(page, `${title} (projector, 7:1)`, true)),
      );
    }
    expect(problems).toEqual([]);
  });

  it('walks from the home list through all ten steps with the keyboard alone, focus always visible', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).waitFor();
    const hidden: string[] = [];
    // Tab from the top of the page to the sample workshop's name and open it with Enter.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focus = await focusIsVisible(page);
      if (!focus.visible) hidden.push(`home: ${focus.what}`);
      if (await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).evaluate((el) => el === document.activeElement))
        break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: STEP_TITLES[0] }).waitFor();
    for (const [i, title] of STEP_TITLES.entries()) {
      if (i > 0) {
        await page.keyboard.press('Alt+ArrowRight');
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
      }
      // Each step's screen is its own chunk: let it arrive, as a person would before reaching for Tab.
      await page.locator('.step-main .boot[aria-busy="true"]').waitFor({ state: 'detached' });
      // A few Tabs into each step: every stop shows where the focus is.
      for (let k = 0; k < 6; k++) {
        await page.keyboard.press('Tab');
        const focus = await focusIsVisible(page);
        if (!focus.visible) hidden.push(`${title}: ${focus.what}`);
      }
    }
    expect(hidden).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});
