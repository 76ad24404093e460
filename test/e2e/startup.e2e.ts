import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_WORKSHOP_ID } from '../../shared/workshop/sampleId';
import { openApp, waitSaved, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const SAMPLE_ROW = '.home-table tbody tr';

/**
 * Start-up reads the home list twice over: a first run through Dexie (which creates the
 * database and seeds the sample), every later start through the early read that runs while
 * the app is still downloading (renderer/boot/earlySummaries.ts). Both must list the same.
 */
describe('start-up', () => {
  it('lists the sample on a first run and after a reload, and the listed rows work at once', async () => {
    app = await openApp();
    const { page } = app;
    await page.locator(SAMPLE_ROW).first().waitFor();
    const firstRun = await page.locator(SAMPLE_ROW).allTextContents();
    expect(firstRun.join(' ')).toContain('Northwind');

    await page.reload();
    await page.locator(SAMPLE_ROW).first().waitFor();
    expect(await page.locator(SAMPLE_ROW).allTextContents()).toEqual(firstRun);
    // The first screen carries only some of the strings (locales/en/firstScreen.ts): none of
    // its texts, names or tooltips may be a bare key.
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('body *')].flatMap((el) => [
        ...[...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? ''),
        el.getAttribute('aria-label') ?? '',
        el.getAttribute('title') ?? '',
        el.getAttribute('placeholder') ?? '',
      ]),
    );
    expect(shown.map((s) => s.trim()).filter((s) => /^[a-z][a-zA-Z]*(\.[a-zA-Z_]+)+$/.test(s))).toEqual([]);
    // Straight from the early list: opening a workshop waits for storage by itself.
    await page.locator(SAMPLE_ROW).first().locator('.home-open').click();
    await expect(page.getByLabel('Client company').inputValue()).resolves.toContain('Northwind');
    expect(app.problems).toEqual([]);
  });

  it('shows edits made in a window that opened on a workshop when it goes home', async () => {
    app = await openApp();
    const { page } = app;
    await page.locator(SAMPLE_ROW).first().waitFor();
    // A window that starts on the workshop, not on the list.
    await page.goto(`${app.server.url}#/w/${SAMPLE_WORKSHOP_ID}/commitment`);
    await page.reload();
    await page.getByLabel('Client company').fill('Southwind Trading');
    await waitSaved(page);
    await page.getByRole('button', { name: 'Accord — all workshops' }).click();
    await expect(page.locator(SAMPLE_ROW).first().textContent()).resolves.toContain('Southwind Trading');
    expect(app.problems).toEqual([]);
  });
});
