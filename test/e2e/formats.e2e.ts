import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/** The autosave indicator, read by its state rather than its words (they are in the UI language here). */
const saved = (page: Page) => page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();

const cases = [
  {
    locale: 'en-US',
    newWorkshop: 'New workshop',
    goals: /^Goals/,
    revenue: 'Revenue',
    target: 'Target (USD)',
    deadline: 'Deadline',
    day: '30 Jun 2027',
    typed: '4,200,000',
    shown: '4,200,000',
    wrong: '4.200.000',
    refusal: 'Target: enter a number of at least 0. Write it like 4,200,000 or 1.5.',
  },
  {
    locale: 'pt-BR',
    newWorkshop: 'Novo workshop',
    goals: /^Metas/,
    revenue: 'Receita',
    target: 'Meta (USD)',
    deadline: 'Prazo',
    day: '30 de jun. de 2027',
    typed: '4.200.000',
    shown: '4.200.000',
    wrong: '4,200,000',
    refusal: 'Meta: informe um número igual ou maior que 0. Escreva assim: 4.200.000 ou 1,5.',
  },
];

describe('numbers and days as the UI language writes them', () => {
  for (const c of cases) {
    it(`accepts "${c.typed}" in a goal in ${c.locale}, shows it grouped and keeps 4200000`, async () => {
      app = await openApp({ locale: c.locale });
      const { page } = app;
      await page.getByRole('button', { name: c.newWorkshop }).first().click();
      await page.getByRole('button', { name: c.goals }).first().click();
      await page.getByRole('button', { name: c.revenue, exact: true }).click();
      const target = page.getByLabel(c.target);

      await target.fill(c.typed);
      await target.blur();
      await expect(page.locator('.field-error').count()).resolves.toBe(0);
      expect(await target.inputValue()).toBe(c.shown);
      await saved(page);

      // The other language's grouping is refused with the field's name and the form it takes.
      await target.fill(c.wrong);
      await target.blur();
      await page.getByText(c.refusal).waitFor();

      // After a reload the field shows what was stored: 4200000, grouped (the refusal saved nothing).
      await page.reload();
      await expect(page.getByLabel(c.target).inputValue()).resolves.toBe(c.shown);

      // A value typed without grouping is shown grouped once the field is left.
      await page.getByLabel(c.target).fill('6500000');
      await page.getByLabel(c.target).blur();
      expect(await page.getByLabel(c.target).inputValue()).toBe(c.shown.replace('4', '6').replace('2', '5'));
      await saved(page);
      // A day reads in the app's one date style, not the browser's ("06/30/2027").
      const deadline = page.getByLabel(c.deadline, { exact: true });
      await deadline.fill('2027-06-30');
      await deadline.blur();
      await expect(page.locator('.date-input-day').first().textContent()).resolves.toBe(c.day);
      await saved(page);

      await deadline.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/numbers-goal-${c.locale}.png` });
      expect(app.problems).toEqual([]);
    });
  }
});
