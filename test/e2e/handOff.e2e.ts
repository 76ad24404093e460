import { afterEach, describe, expect, it } from 'vitest';
import { openApp, waitSaved, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('step 6: lead hand-off', () => {
  it('routes, sets the acceptance window and reasons, uses the standard cadence, and keeps it all after a reload', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'New workshop' }).first().click();
    await page.getByRole('button', { name: /^Lead hand-off/ }).click();

    // The threshold comes from step 5, read-only here.
    await expect(page.locator('.threshold-box').textContent()).resolves.toContain('60 points');

    await page.getByLabel('Routing', { exact: true }).selectOption({ label: 'Named queue' });
    await page.getByLabel('Queue name').fill('Inbound MQL queue');
    await page.getByRole('checkbox', { name: /Persona match/ }).check();
    await page.getByLabel('Sales acceptance window (hours)').fill('24');
    await page.getByRole('button', { name: 'Add suggested rejection reason: No need or budget' }).click();
    await page.getByLabel('New rejection reason', { exact: true }).fill('Student project');
    await page.getByLabel('New rejection reason', { exact: true }).press('Enter');
    expect(await page.getByLabel('Rejection reason 2', { exact: true }).inputValue()).toBe('Student project');

    await expect(page.getByTestId('cadence-summary').textContent()).resolves.toBe('No follow-up attempts yet');
    await page.getByRole('button', { name: 'Use a standard cadence' }).click();
    await expect(page.getByTestId('cadence-summary').textContent()).resolves.toBe('6 attempts over 10 days');
    const days = page.getByRole('list', { name: 'Follow-up attempts by day' }).getByRole('listitem');
    await expect(days.allTextContents()).resolves.toEqual([
      'Day 1:PhoneE-mail',
      'Day 3:Phone',
      'Day 5:E-mail',
      'Day 8:Phone',
      'Day 10:E-mail',
    ]);
    // An SLA-sized change shows at once in the summary.
    await page.getByLabel('Attempt 6 day').fill('12');
    await expect(page.getByTestId('cadence-summary').textContent()).resolves.toBe('6 attempts over 12 days');

    await page.getByRole('button', { name: 'Mark step done' }).click();
    const summary = page.locator('#gap-summary');
    await expect(summary.textContent()).resolves.toContain('Recycling: add at least one reason a lead goes back to nurture.');
    await summary.getByRole('button', { name: /^Re-entry rule/ }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('handoff-reentry');
    await page.keyboard.type('After 20 new engagement points within 30 days.');
    await page.getByRole('button', { name: 'Add suggested recycle reason: No budget this fiscal year' }).click();
    await page.getByRole('button', { name: 'Mark step done' }).click();
    await page.getByText('✓ Step done').waitFor();
    await waitSaved(page);

    await page.reload();
    await page.getByTestId('cadence-summary').waitFor();
    expect(await page.getByLabel('Routing', { exact: true }).inputValue()).toBe('namedQueue');
    expect(await page.getByLabel('Queue name').inputValue()).toBe('Inbound MQL queue');
    expect(await page.getByRole('checkbox', { name: /Persona match/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Sales acceptance window (hours)').inputValue()).toBe('24');
    expect(await page.getByLabel('Rejection reason 1', { exact: true }).inputValue()).toBe('No need or budget');
    expect(await page.getByLabel('Rejection reason 2', { exact: true }).inputValue()).toBe('Student project');
    await expect(page.getByTestId('cadence-summary').textContent()).resolves.toBe('6 attempts over 12 days');
    expect(await page.getByLabel('Re-entry rule').inputValue()).toBe('After 20 new engagement points within 30 days.');
    await page.getByText('✓ Step done').waitFor();
    expect(app.problems).toEqual([]);
  });
});
