import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawSignature, openApp, waitSaved, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const step = (page: Page, name: RegExp) => page.locator('.rail').getByRole('button', { name }).click();
/** The status chips of one period row, in commitment order (a cell without a status has none). */
const statuses = (page: Page, row: number) =>
  page
    .getByTestId('period-row')
    .nth(row)
    .locator('[data-status]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));

/** Freezing asks first, and with disagreements left in the numbers, for the room's recorded reason. */
async function freeze(page: Page) {
  await page.getByRole('button', { name: 'Freeze for signature' }).click();
  const dialog = page.getByRole('dialog', { name: /^Freeze version \d+ for signature\?$/ });
  await dialog.waitFor();
  if ((await dialog.getByTestId('freeze-override').count()) > 0) {
    await dialog.getByRole('checkbox').check();
    await dialog.getByLabel('Why the room signs with them').fill('The scoreboard follows in step 8 after the pilot starts.');
  }
  await dialog.getByRole('button', { name: /^Freeze version \d+/ }).click();
}

async function sign(page: Page, name: string) {
  await page.getByRole('button', { name: `Sign as ${name}` }).click();
  await drawSignature(page);
  await page.getByRole('checkbox', { name: /I have read this service level agreement/ }).check();
  await page.getByRole('button', { name: 'Sign now' }).click();
  await page.getByRole('img', { name: `Signature of ${name}` }).waitFor();
}

/** Types one week's actuals: a count for the delivery, "part of whole" for sales' shares. */
async function week(page: Page, name: string, a: { delivered: number; qualified: number; sqls: number }) {
  await page.getByLabel(`${name}: MQL volume — MQLs delivered`, { exact: false }).fill(String(a.delivered));
  await page.getByLabel(`${name}: Qualify each delivery — handled in time`, { exact: false }).fill(String(a.qualified));
  await page.getByLabel(`${name}: Qualify each delivery — delivered`, { exact: false }).fill(String(a.delivered));
  await page.getByLabel(`${name}: MQL → SQL rate — SQLs`, { exact: false }).fill(String(a.sqls));
  await page.getByLabel(`${name}: MQL → SQL rate — delivered`, { exact: false }).fill(String(a.delivered));
}

describe('the source material’s Monday / Wednesday rhythm, from an empty workshop', () => {
  it(
    'is two linked commitments and a measured MQL→SQL rate, signed by both teams, and each side is judged on its own',
    { timeout: 240_000 },
    async () => {
      app = await openApp();
      const { page } = app;
      await page.getByRole('button', { name: 'New workshop' }).first().click();
      await page.getByLabel('Client company').fill('Acme Robotics');
      await page.getByRole('button', { name: 'Add participant' }).click();
      await page.getByLabel('Participant 1 name').fill('Maya Chen');
      await page.getByRole('button', { name: 'Add participant' }).click();
      await page.getByLabel('Participant 2 name').fill('Diego Alvarez');
      await expect(page.getByLabel('Participant 2 team').inputValue()).resolves.toBe('sales');

      // Step 7: only the rhythm, none of the starter rows.
      await step(page, /^Service level agreement/);
      const rows = page.getByTestId('commitment-row');
      await expect.poll(() => rows.count()).toBe(5);
      for (let left = 5; left > 0; left--) {
        await page.getByRole('button', { name: 'Remove commitment 1' }).click();
        await expect.poll(() => rows.count()).toBe(left - 1);
      }
      await page.getByRole('button', { name: 'Delivery rhythm' }).click();
      await page.getByLabel('Marketing delivers (MQLs)').fill('50');
      await page.getByLabel('Every').selectOption('monday');
      await page.getByLabel('Sales', { exact: true }).selectOption('qualify');
      await page.getByLabel('By', { exact: true }).selectOption('wednesday');
      await page.getByRole('checkbox', { name: 'Sales also commits to an MQL → SQL rate' }).check();
      await page.getByLabel('MQL → SQL rate of at least (%)').fill('40');
      await page.getByRole('button', { name: 'Add the rhythm' }).click();
      await expect.poll(() => rows.count()).toBe(3);
      const texts = await page.getByTestId('commitment-text').allTextContents();
      expect(texts).toEqual([
        'Deliver 50 marketing-qualified leads every Monday; at risk between 90 % and 100 % of target; missed below 90 %',
        'Qualify each MQL delivered on Monday by Wednesday of the delivery week for at least 90 % of MQLs each week; at risk between 80 % and 90 % of MQLs; missed below 80 %',
        'Convert at least 40 % of delivered MQLs into SQLs each week; at risk between 90 % and 100 % of target; missed below 90 %',
      ]);
      // Sales' part is sales' own commitment in the clauses, not a clause saying it has none.
      const salesClause = page.getByRole('listitem', { name: /Sales commitments$/ });
      await expect(salesClause.textContent()).resolves.toContain('Qualify each MQL delivered on Monday by Wednesday of the delivery week');
      await expect(salesClause.textContent()).resolves.not.toContain('Sales has no commitments yet');

      await page.getByLabel('Effective date').fill('2027-01-04');
      const signers = page.locator('#signers');
      await signers.getByRole('checkbox', { name: /Maya Chen/ }).check();
      await signers.getByRole('checkbox', { name: /Diego Alvarez/ }).check();
      await freeze(page);
      await expect.poll(() => page.getByTestId('signing-state').textContent(), { timeout: 15_000 }).toBe('Ready for signature');
      await sign(page, 'Maya Chen');
      await expect.poll(() => page.getByTestId('signing-state').textContent(), { timeout: 15_000 }).toBe('Partially signed');
      await sign(page, 'Diego Alvarez');
      await expect.poll(() => page.getByTestId('signing-state').textContent(), { timeout: 15_000 }).toBe('Signed and countersigned');

      // Step 10: a weekly log, two weeks of actuals.
      await step(page, /^Feedback and optimisation/);
      await page.getByLabel('Log by').selectOption('week');
      await page.getByRole('button', { name: 'Add period' }).click();
      await page.getByRole('button', { name: 'Add period' }).click();
      await expect.poll(() => page.getByTestId('period-row').count()).toBe(2);
      expect(await page.getByLabel('Period 1 name').inputValue()).toBe('Week of 2027-01-04');
      expect(await page.getByLabel('Period 2 name').inputValue()).toBe('Week of 2027-01-11');
      // Week 1: 52 delivered (met); 44 qualified by Wednesday = 85 % of MQLs (at risk against 90 %); 20 SQLs = 38 % (96 % of 40 %: at risk).
      await week(page, 'Week of 2027-01-04', { delivered: 52, qualified: 44, sqls: 20 });
      // Week 2: 50 delivered (met); 43 by Wednesday = 86 % (at risk); 21 SQLs = 42 % (met).
      await week(page, 'Week of 2027-01-11', { delivered: 50, qualified: 43, sqls: 21 });
      await expect.poll(() => statuses(page, 0)).toEqual(['met', 'atRisk', 'atRisk']);
      await expect.poll(() => statuses(page, 1)).toEqual(['met', 'atRisk', 'met']);

      const card = (n: number, label: string) => page.getByRole('article', { name: `Commitment ${n}, ${label}: compliance` });
      await expect(card(1, 'MQL volume').locator('.trend-head [data-status]').getAttribute('data-status')).resolves.toBe('met');
      await expect(card(2, 'Qualify each delivery').locator('.trend-head [data-status]').getAttribute('data-status')).resolves.toBe(
        'atRisk',
      );
      expect(await card(2, 'Qualify each delivery').getByRole('img').getAttribute('aria-label')).toContain(
        'Week of 2027-01-04: 85 % of MQLs in time, at risk',
      );

      // What was typed is kept.
      await waitSaved(page);
      await page.reload();
      await page.getByTestId('period-row').first().waitFor();
      await expect.poll(() => statuses(page, 1)).toEqual(['met', 'atRisk', 'met']);
      expect(app.problems).toEqual([]);
    },
  );
});
