import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, waitSaved, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/** Step 5 has its own screen and owner: read what was stored instead of relying on it. */
async function storedQualifiedLead(page: Page): Promise<{ fit: { field: string; value: string }[]; started: boolean }> {
  return page.evaluate(async () => {
    const id = decodeURIComponent(location.hash.split('/')[2] ?? '');
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('accord');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    type QualifiedLead = { fit: { field: string; value: string }[]; started: boolean };
    // Stored per part (renderer/storage/workshopParts.ts): step 5 is its own record.
    const part = await new Promise<{ value: QualifiedLead }>((ok, fail) => {
      const r = db.transaction('workshopParts').objectStore('workshopParts').get([id, 'qualifiedLead']);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    db.close();
    return part.value;
  });
}

const cardNames = (page: Page) => page.locator('.persona-grid .persona-card h3').allTextContents();

describe('step 3: target buyer', () => {
  it('builds a profile and personas, turns a persona into scoring criteria, and keeps it all after a reload', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'New workshop' }).first().click();
    await page.getByRole('button', { name: /^Target buyer/ }).click();

    // The empty state teaches, with one way in.
    await page.getByText('Only 12 %', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Describe your buyer' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('icp-industries-new');

    await page.getByLabel('New industry', { exact: true }).fill('SaaS');
    await page.getByLabel('Evidence for the new industry').selectOption({ label: 'Customer data' });
    await page.getByLabel('New industry', { exact: true }).press('Enter');
    expect(await page.getByLabel('Industry 1', { exact: true }).inputValue()).toBe('SaaS');
    expect(await page.getByLabel('Evidence for industry 1').inputValue()).toBe('customerData');
    await page.getByLabel('New region', { exact: true }).fill('EU');
    await page.getByLabel('New region', { exact: true }).press('Enter');
    await page.getByText('1 of 2 facts are assumptions').waitFor();

    // Marking done too early names the persona that is missing.
    await page.getByRole('button', { name: 'Mark step done' }).click();
    await expect(page.locator('#gap-summary').textContent()).resolves.toContain('Personas: add at least one persona.');

    await page.getByRole('button', { name: 'Add persona' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Persona name').fill('Marketing Mia');
    await dialog.getByLabel('Job title').fill('Director of Marketing');
    await dialog.getByLabel('Seniority').selectOption({ label: 'Director' });
    await dialog.getByRole('radio', { name: /Decision maker/ }).check();
    await dialog.getByLabel('New goal', { exact: true }).fill('Pipeline marketing can prove');
    await dialog.getByLabel('New goal', { exact: true }).press('Enter');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });

    const mia = page.getByRole('article', { name: 'Marketing Mia', exact: true });
    await expect(mia.textContent()).resolves.toContain('Decision maker');
    await expect(mia.locator('.persona-avatar').textContent()).resolves.toBe('MM');
    await expect(mia.textContent()).resolves.toContain('Pipeline marketing can prove');

    await page.getByRole('button', { name: 'Duplicate Marketing Mia' }).click();
    expect(await cardNames(page)).toEqual(['Marketing Mia', 'Marketing Mia (copy)']);
    await page.getByRole('button', { name: 'Delete Marketing Mia (copy)' }).click();
    expect(await cardNames(page)).toEqual(['Marketing Mia']);
    await page.locator('.toast', { hasText: 'Deleted persona “Marketing Mia (copy)”.' }).getByRole('button', { name: 'Undo' }).click();
    expect(await cardNames(page)).toEqual(['Marketing Mia', 'Marketing Mia (copy)']);

    // Keyboard reorder on a focused card.
    await page.getByRole('article', { name: 'Marketing Mia (copy)' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    expect(await cardNames(page)).toEqual(['Marketing Mia (copy)', 'Marketing Mia']);
    await expect(page.evaluate(() => document.activeElement?.querySelector('h3')?.textContent)).resolves.toBe('Marketing Mia (copy)');
    await page.getByRole('button', { name: 'Move Marketing Mia up' }).click();
    expect(await cardNames(page)).toEqual(['Marketing Mia', 'Marketing Mia (copy)']);

    // title contains "Marketing", seniority is Director, industry one of SaaS, region one of EU.
    await page.getByRole('button', { name: 'Turn into scoring criteria: Marketing Mia', exact: true }).click();
    await page.locator('.toast', { hasText: 'Added 4 scoring criteria to step 5.' }).waitFor();
    await page.getByRole('button', { name: 'Turn into scoring criteria: Marketing Mia (copy)' }).click();
    await page.getByText('Step 5 already has every scoring criterion “Marketing Mia (copy)” implies.').waitFor();
    // Autosave follows within half a second; poll what is on disk rather than the indicator.
    await expect
      .poll(async () => {
        const ql = await storedQualifiedLead(page);
        return { started: ql.started, fit: ql.fit.map((c) => `${c.field}: ${c.value}`) };
      })
      .toEqual({ started: true, fit: ['title: Marketing', 'seniority: Director', 'industry: SaaS', 'region: EU'] });
    await page.getByRole('button', { name: 'Go to step 5' }).click();
    await expect(page.locator('#step-title').textContent()).resolves.toBe('Qualified-lead definition');
    await page.getByRole('button', { name: /^Target buyer/ }).click();

    await page.getByRole('button', { name: 'Mark step done' }).click();
    await page.getByText('✓ Step done').waitFor();
    await waitSaved(page);

    await page.reload();
    await page.locator('.persona-grid').waitFor();
    expect(await cardNames(page)).toEqual(['Marketing Mia', 'Marketing Mia (copy)']);
    expect(await page.getByLabel('Industry 1', { exact: true }).inputValue()).toBe('SaaS');
    expect(await page.getByLabel('Evidence for industry 1').inputValue()).toBe('customerData');
    await expect(page.getByRole('article', { name: 'Marketing Mia', exact: true }).textContent()).resolves.toContain(
      'Director of Marketing',
    );

    expect(app.problems).toEqual([]);
  });

  it('a gap in the summary opens the persona editor at the missing field', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page.getByRole('button', { name: /^Target buyer/ }).click();
    await page.getByRole('button', { name: 'Add persona' }).click();
    await page.getByRole('dialog').getByLabel('Persona name').fill('Procurement Pat');
    await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Mark step done' }).click();
    await page.getByRole('button', { name: 'Persona 4 (Procurement Pat): job title is required.' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)).resolves.toBe(
      'Job title',
    );
    await page.keyboard.type('Head of Procurement');
    await dialog.getByRole('radio', { name: /Gatekeeper/ }).check();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Everything this step needs is there').waitFor();
    expect(app.problems).toEqual([]);
  });
});
