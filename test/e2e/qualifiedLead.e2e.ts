import { afterEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { openApp, waitSaved, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('step 5: the qualified-lead definition', () => {
  it('starts from the starter model, simulates leads one by one and from a CSV, and keeps the model after a reload', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'New workshop' }).first().click();
    await page.getByRole('button', { name: /^Qualified-lead definition/ }).click();

    await page.getByRole('button', { name: 'Start from the starter model' }).click();
    const threshold = page.getByLabel('MQL threshold (points)');
    await threshold.fill('70');
    await expect
      .poll(() => page.getByTestId('ql-definition').textContent())
      .toContain('scores at least 70 points, with at least 25 from fit');

    // A lead that qualifies: the verdict in words, and the reason for each point.
    const verdict = page.getByTestId('ql-verdict');
    await expect(verdict.textContent()).resolves.toBe('Not an MQL');
    await page.getByLabel('Title', { exact: true }).fill('Director of Operations');
    await page.getByLabel('Seniority', { exact: true }).fill('Director');
    await page.getByLabel('Department', { exact: true }).fill('Operations');
    await page.getByLabel('Company size (employees)').fill('850');
    await page.getByLabel('Annual revenue (USD)').fill('120000000');
    await page.getByLabel('E-mail', { exact: true }).fill('ines@tejofreight.example');
    await page.getByLabel('Requested a demo (times)').fill('1');
    await page.getByLabel('Visited the pricing page (times)').fill('2');
    await expect.poll(() => verdict.textContent()).toBe('MQL');
    await expect(page.getByTestId('ql-total-score').textContent()).resolves.toBe('100');
    const reasons = page.getByTestId('ql-reasons');
    await expect(reasons.textContent()).resolves.toContain('Seniority is one of C-level, VP, Director +15');
    await expect(reasons.textContent()).resolves.toContain('Visited the pricing page ×2 (10 each), today +20');
    await page.getByText('Total 100 reaches the threshold of 70 points.').waitFor();
    // Every criterion that did not match is listed too, with why.
    await expect(page.getByTestId('ql-misses').textContent()).resolves.toContain('Attended a webinar: not done');

    // Points age by their own date: a demo requested a year ago is worth almost nothing, whatever the lead did today.
    await page.getByLabel('Requested a demo (days ago)').fill('365');
    await expect.poll(() => page.getByTestId('ql-engagement-score').textContent()).toBe('20');
    await expect.poll(() => verdict.textContent()).toBe('MQL');
    await page.getByLabel('Requested a demo (days ago)').fill('');
    await expect.poll(() => page.getByTestId('ql-total-score').textContent()).toBe('100');

    // The same person from a free e-mail address does not qualify, and the screen says why.
    await page.getByLabel('E-mail', { exact: true }).fill('ines@gmail.com');
    await expect.poll(() => verdict.textContent()).toBe('Not an MQL');
    await page.getByText('Disqualified: Free e-mail domain (gmail.com).').waitFor();
    await expect(reasons.textContent()).resolves.toContain('Free e-mail domain (gmail.com) −20, veto');

    // A batch from a CSV: how many qualify at the threshold the room chose.
    await page.setInputFiles('#ql-csv', resolve('test/fixtures/sample-leads.csv'));
    const count = page.getByTestId('ql-batch-count');
    await expect.poll(() => count.textContent()).toBe('7 of 20 leads qualify as MQLs (35%).');
    await page.getByLabel('Leads like this sample (per month)').fill('400');
    await expect.poll(() => page.getByTestId('ql-projection').textContent()).toContain('Projected: 140 MQLs / month');
    // Lowering the threshold re-scores the batch at once.
    await threshold.fill('60');
    await expect.poll(() => count.textContent()).toBe('11 of 20 leads qualify as MQLs (55%).');
    await threshold.fill('70');
    await expect.poll(() => count.textContent()).toBe('7 of 20 leads qualify as MQLs (35%).');

    // Removing a row offers Undo.
    await page.getByRole('button', { name: 'Remove fit criterion 5' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByLabel('Fit 5 value').inputValue()).resolves.toBe('10m');
    await waitSaved(page);

    await page.reload();
    await page.getByRole('heading', { name: 'Fit: who the lead is' }).waitFor();
    await expect(page.getByLabel('MQL threshold (points)').inputValue()).resolves.toBe('70');
    await expect(page.getByLabel('Minimum fit (points)').inputValue()).resolves.toBe('25');
    await expect(page.getByLabel('Fit 1 value').inputValue()).resolves.toBe('C-level, VP, Director');
    await expect(page.getByLabel('Behaviour 1 name').inputValue()).resolves.toBe('Requested a demo');
    await expect(page.getByLabel('Negative 3 value').inputValue()).resolves.toContain('gmail.com');
    await expect(page.getByLabel('SQL criterion 4', { exact: true }).inputValue()).resolves.toBe('Timing');
    await expect(page.getByTestId('ql-definition').textContent()).resolves.toContain('scores at least 70 points');
    expect(app.problems).toEqual([]);
  });

  it('shows bad CSV rows by row and column, and scores the rest', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page.evaluate(() => (location.hash = '#/w/sample-northwind-analytics/qualifiedLead'));
    const csv = [
      'name,title,companySize,email,Requested a demo',
      'Ana,Director,big,ana@acme.example,1',
      'Bo,VP,300,bo@acme.example,1',
      '',
    ].join('\n');
    await page.setInputFiles('#ql-csv', { name: 'leads.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect
      .poll(() => page.getByTestId('ql-csv-problems').textContent())
      .toContain("Row 2, column companySize: expected a whole number, got 'big'.");
    await expect(page.getByTestId('ql-batch-count').textContent()).resolves.toContain('of 1 lead qualifies');
    expect(app.problems).toEqual([]);
  });
});
