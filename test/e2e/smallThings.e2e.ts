import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawSignature, openApp, type AppSession } from './harness';

/** The small rough edges a facilitator meets in one walk through the sample, each checked as it is used. */
let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function openSampleStep(page: Page, step: string) {
  await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
  await page.locator('#step-title').waitFor();
  await page.evaluate((s) => (location.hash = `#/w/sample-northwind-analytics/${s}`), step);
  await page.locator('#step-title').waitFor();
}

describe('small things', () => {
  it('says what is missing to sign in one sentence, and the message goes once it is done', { timeout: 120_000 }, async () => {
    app = await openApp();
    const { page } = app;
    await openSampleStep(page, 'sla');
    await page.getByRole('button', { name: 'Freeze for signature' }).click();
    const freeze = page.getByRole('dialog', { name: /^Freeze version \d+ for signature\?$/ });
    await freeze.waitFor();
    if ((await freeze.getByTestId('freeze-override').count()) > 0) {
      await freeze.getByRole('checkbox').check();
      await freeze.getByLabel('Why the room signs with them').fill('Accepted for the pilot.');
    }
    await freeze.getByRole('button', { name: /^Freeze version \d+/ }).click();

    await page.getByRole('button', { name: 'Sign as Maya Chen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Sign now' }).click();
    const alert = dialog.getByRole('alert');
    await expect.poll(() => alert.textContent()).toBe('To sign, draw a signature and tick the consent line.');
    // Doing one of the two updates the sentence; doing both removes it, before signing again.
    await drawSignature(page);
    await expect.poll(() => alert.textContent()).toBe('To sign, tick the consent line.');
    await dialog.getByRole('checkbox', { name: /I have read this service level agreement/ }).check();
    await alert.waitFor({ state: 'detached' });
    await page.screenshot({ path: 'test-results/small-things-sign.png' });
    await dialog.getByRole('button', { name: 'Sign now' }).click();
    await page.getByRole('img', { name: 'Signature of Maya Chen' }).waitFor();
    expect(app.problems).toEqual([]);
  });

  it('closes the stage panel with Escape from a field in it, focus back on the stage', { timeout: 120_000 }, async () => {
    app = await openApp();
    const { page } = app;
    await openSampleStep(page, 'leadProcess');
    await page.locator('.react-flow__node', { has: page.locator('.lp-node-name', { hasText: /^SQL$/ }) }).click();
    const name = page.getByLabel('Stage name');
    await name.focus();
    await page.keyboard.press('Escape');
    await page.locator('.lp-inspector').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('react-flow__node') ?? false)).toBe(true);
    expect(app.problems).toEqual([]);
  });
});
