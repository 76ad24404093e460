import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { leadCsv } from '../fixtures/leadCsv';
import { openApp, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const BAD_ROW = 'Ana,Acme,Director,Director,Sales,Retail,big,1m,EMEA,Portugal,HubSpot,ana@acme.example,1,0,0,0,0,2';

async function openStep5(page: Page) {
  await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
  await page.evaluate(() => (location.hash = '#/w/sample-northwind-analytics/qualifiedLead'));
  await page.locator('#ql-csv').waitFor();
  // Remember whether the progress bar ever showed (a fast read shows it only briefly).
  await page.evaluate(() => {
    const w = window as unknown as { sawProgress: boolean };
    w.sawProgress = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="csv-progress"]')) w.sawProgress = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
}

const upload = (page: Page, name: string, text: string | Buffer) =>
  page.setInputFiles('#ql-csv', { name, mimeType: 'text/csv', buffer: typeof text === 'string' ? Buffer.from(text) : text });

describe('step 5: a CRM-sized lead export, streamed', () => {
  it('scores 20,000 leads with a bad row in the middle, shows progress, the histogram, and applies a dragged threshold', async () => {
    app = await openApp();
    const { page } = app;
    await openStep5(page);
    await upload(page, 'crm-export.csv', leadCsv(20_000, 7, { 10_000: BAD_ROW }));

    await expect
      .poll(() => page.getByTestId('ql-csv-problems').textContent(), { timeout: 30_000 })
      .toContain("Row 10002, column companySize: expected a whole number, got 'big'.");
    await expect(page.getByTestId('ql-batch-count').textContent()).resolves.toMatch(/ of 19999 leads qualify as MQLs/);
    expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
    await expect(page.getByRole('img', { name: /^Histogram of 19,999 leads’ total scores/ }).count()).resolves.toBe(1);

    // Dragging the line (here with the keyboard) changes the share live, not the model.
    const share = page.getByTestId('ql-histogram-share');
    const threshold = page.getByLabel('MQL threshold (points)');
    const before = await threshold.inputValue();
    const shareBefore = await share.textContent();
    const handle = page.getByRole('slider', { name: 'MQL threshold to try' });
    await handle.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    const tried = Number(before) - 10;
    await expect.poll(() => share.textContent()).toContain(`At ${tried} points:`);
    expect(await share.textContent()).not.toBe(shareBefore);
    expect(await threshold.inputValue()).toBe(before);
    await page.screenshot({ path: 'test-results/csv-stream-histogram-en.png', fullPage: false });

    // A pointer drag moves it too.
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const dragged = Number(await handle.getAttribute('aria-valuenow'));
    expect(dragged).toBeGreaterThan(tried);

    // Applying it goes through the model, with Undo.
    await page.getByRole('button', { name: `Use ${dragged} points as the threshold` }).click();
    await expect.poll(() => threshold.inputValue()).toBe(String(dragged));
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => threshold.inputValue()).toBe(before);
    expect(app.problems).toEqual([]);
  });

  it('stops a long read on Cancel and says the figures are partial', async () => {
    app = await openApp();
    const { page } = app;
    await openStep5(page);
    // From disk: the browser reads the file itself, as it would a user's export.
    const dir = mkdtempSync(join(tmpdir(), 'accord-csv-'));
    const path = join(dir, 'big-export.csv');
    writeFileSync(path, leadCsv(200_000, 11));
    await page.setInputFiles('#ql-csv', path);
    // Stop once part of the file is read (a Stop before the first slice rightly scores nothing).
    await expect
      .poll(() => page.locator('[data-testid="csv-progress"] progress').evaluate((p) => (p as HTMLProgressElement).value), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Stop reading' }).click({ timeout: 30_000 });
    await page.getByTestId('ql-batch-count').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('ql-csv-partial').textContent()).toMatch(/^Stopped after \d+% of the file/);
    const count = await page.getByTestId('ql-batch-count').textContent();
    const scored = Number(/ of (\d+) leads/.exec(count ?? '')?.[1]);
    expect(scored).toBeGreaterThan(0);
    expect(scored).toBeLessThan(200_000);
    expect(await page.getByTestId('csv-progress').count()).toBe(0);
    expect(app.problems).toEqual([]);
  });

  it('refuses a PNG renamed .csv, saying what was expected', async () => {
    app = await openApp();
    const { page } = app;
    await openStep5(page);
    const png = await page.screenshot();
    await upload(page, 'photo.csv', png);
    await expect
      .poll(() => page.getByTestId('ql-csv-refused').textContent())
      .toBe(
        'photo.csv is not a CSV file: expected text with a header row and one record per line (export it from the CRM or spreadsheet as CSV).',
      );
    expect(await page.getByTestId('ql-batch-count').count()).toBe(0);
    expect(app.problems).toEqual([]);
  });

  it('words the batch and its histogram in Brazilian Portuguese', async () => {
    app = await openApp({ locale: 'pt-BR' });
    const { page } = app;
    await openStep5(page);
    await upload(page, 'exportacao.csv', leadCsv(20_000, 7, { 10_000: BAD_ROW }));
    await expect.poll(() => page.getByTestId('ql-histogram-share').textContent(), { timeout: 30_000 }).toMatch(/^Com \d+ pontos: /);
    await page.getByTestId('ql-histogram-share').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/csv-stream-histogram-pt-BR.png' });
    expect(app.problems).toEqual([]);
  });
});
