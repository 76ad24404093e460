import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const rows = '.home-table tbody tr';

describe('the home list', () => {
  it('renames, duplicates and deletes a workshop (with Undo), right after a start', async () => {
    app = await openApp();
    const { page } = app;
    await page.locator(rows).first().waitFor();
    // A start on an existing profile: the list comes from the early read, before storage opens.
    await page.reload();
    await page.getByRole('button', { name: 'Rename Northwind Analytics' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename workshop' });
    await dialog.getByLabel('Client company').fill('Northwind Logistics');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('button', { name: 'Northwind Logistics', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Duplicate Northwind Logistics' }).click();
    await expect.poll(() => page.locator(rows).count()).toBe(2);
    expect(await page.locator(rows).allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('(copy)')]));

    await page.getByRole('button', { name: 'Delete Northwind Logistics' }).first().click();
    await expect.poll(() => page.locator(rows).count()).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator(rows).count()).toBe(2);

    await page.reload();
    await expect.poll(() => page.locator(rows).count()).toBe(2);
    expect((await page.locator(rows).allTextContents()).every((t) => t.includes('Northwind Logistics'))).toBe(true);
    expect(app.problems).toEqual([]);
  });
});
