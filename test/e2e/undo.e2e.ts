import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, waitSaved, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const cardNames = (page: Page) => page.locator('.persona-grid .persona-card h3').allTextContents();

describe('a toast Undo takes back its own action only', () => {
  it('brings a deleted persona back and keeps what was typed while the toast was up, also after a reload', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page.getByRole('button', { name: /^Target buyer/ }).click();
    await page.getByRole('button', { name: 'Delete Data-driven Dana' }).waitFor();
    const names = await cardNames(page);
    expect(names).toEqual(['Data-driven Dana', 'Ops Oliver', 'Secure Sam']);

    await page.getByRole('button', { name: 'Delete Data-driven Dana' }).click();
    expect(await cardNames(page)).toEqual(['Ops Oliver', 'Secure Sam']);
    const toast = page.locator('.toast', { hasText: 'Data-driven Dana' });
    await toast.waitFor();

    // The room keeps working while the toast is up: a fact is retyped.
    const industry = page.getByLabel('Industry 1', { exact: true });
    await industry.fill('');
    await industry.pressSequentially('Vertical SaaS');
    await toast.getByRole('button', { name: 'Undo' }).click();

    expect(await cardNames(page)).toEqual(names);
    expect(await industry.inputValue()).toBe('Vertical SaaS');

    // The toast's Undo is a step of its own: Ctrl+Z takes it back (Dana goes again, the typing
    // stays) and redo brings her back.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    expect(await cardNames(page)).toEqual(['Ops Oliver', 'Secure Sam']);
    expect(await industry.inputValue()).toBe('Vertical SaaS');
    await page.keyboard.press('Control+Shift+z');
    expect(await cardNames(page)).toEqual(names);
    expect(await industry.inputValue()).toBe('Vertical SaaS');

    await waitSaved(page);
    await page.reload();
    await page.getByRole('button', { name: 'Delete Data-driven Dana' }).waitFor();
    expect(await cardNames(page)).toEqual(names);
    expect(await page.getByLabel('Industry 1', { exact: true }).inputValue()).toBe('Vertical SaaS');
    expect(app.problems).toEqual([]);
  });
});
