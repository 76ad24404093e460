import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawSignature, openApp, waitSaved, type AppSession } from './harness';

/**
 * Importing a workshop that is already here: both versions side by side, Replace (after a
 * snapshot, with Undo), Keep both, Cancel; the same file says so and changes nothing; and a
 * signed state on this laptop is never dropped without a second, explicit confirmation.
 */
let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const home = (page: Page) => page.getByRole('button', { name: 'Accord — all workshops' }).click();

async function exportFile(page: Page): Promise<{ name: string; text: string }> {
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workshop file' }).click();
  const download = await saved;
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

async function importFile(page: Page, file: { name: string; text: string }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import workshop file' }).click();
  await (await chooser).setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: Buffer.from(file.text) });
}

async function sign(page: Page, name: string) {
  await page.getByRole('button', { name: `Sign as ${name}` }).click();
  await drawSignature(page);
  await page.getByRole('checkbox', { name: /I have read this service level agreement/ }).check();
  await page.getByRole('button', { name: 'Sign now' }).click();
  await page.getByRole('img', { name: `Signature of ${name}` }).waitFor();
}

const rows = (page: Page) => page.getByRole('row', { name: /Northwind Analytics/ });

describe('importing a workshop that is already here', () => {
  it(
    'says a file is the same and changes nothing; otherwise shows both and replaces (with Undo), keeps both or cancels',
    { timeout: 180_000 },
    async () => {
      app = await openApp();
      const { page } = app;
      await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
      const original = await exportFile(page);

      // The very same file: nothing to choose, nothing changed.
      await home(page);
      await importFile(page, original);
      await page
        .locator('.toast', { hasText: '“Northwind Analytics” on this computer is the same as this file: nothing was changed.' })
        .waitFor();
      await home(page);
      await expect.poll(() => rows(page).count()).toBe(1);

      // Edited here since: the file is another version of it.
      await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
      await page.getByLabel('Place').fill('Room 4B, second floor');
      await waitSaved(page);
      await home(page);
      await importFile(page, original);
      const dialog = page.getByRole('dialog', { name: '“Northwind Analytics” is already on this computer' });
      await dialog.waitFor();
      const compare = dialog.getByTestId('import-compare');
      expect(await compare.getByRole('columnheader').allTextContents()).toEqual(['On this computer', 'In the file']);
      for (const fact of ['Client — workshop', 'Last edited', 'SLA', 'Signatures', 'Audit-trail events'])
        await compare.getByRole('rowheader', { name: fact }).waitFor();
      expect(await compare.getByRole('row', { name: /^SLA/ }).textContent()).toBe('SLADraftDraft');
      // Cancel: nothing changes.
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await page.locator('.toast', { hasText: 'Nothing was imported from' }).waitFor();
      await expect.poll(() => rows(page).count()).toBe(1);

      // Keep both: a renamed copy beside it (today's behaviour, now chosen).
      await importFile(page, original);
      await dialog.getByRole('button', { name: 'Keep both' }).click();
      await page.locator('.toast', { hasText: 'Imported as a copy' }).waitFor();
      await home(page);
      await expect.poll(() => rows(page).count()).toBe(2);
      await rows(page).filter({ hasText: '(imported)' }).getByRole('button', { name: 'Delete Northwind Analytics' }).click();
      await expect.poll(() => rows(page).count()).toBe(1);

      // Replace: the file's version takes its place, a snapshot first, and Undo puts it back.
      await importFile(page, original);
      await dialog.getByRole('button', { name: 'Replace with the file' }).click();
      await page
        .locator('.toast', { hasText: 'Replaced “Northwind Analytics” with the file. The version it replaced is in History.' })
        .waitFor();
      await page.locator('#step-title').waitFor();
      expect(await page.getByLabel('Place').inputValue()).toBe('Northwind HQ, Lisbon — Room Tejo');
      await page.locator('.toast', { hasText: 'Replaced “Northwind Analytics”' }).getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => page.getByLabel('Place').inputValue()).toBe('Room 4B, second floor');
      await page.getByRole('button', { name: 'History' }).click();
      await page
        .getByRole('dialog', { name: 'Workshop history' })
        .getByRole('button', { name: /Before an import/ })
        .waitFor();
      expect(app.problems.filter((p) => !p.includes('favicon'))).toEqual([]);
    },
  );

  it(
    'never drops a signed state silently: replacing it asks again, naming the signatures and events it would lose',
    { timeout: 240_000 },
    async () => {
      app = await openApp();
      const { page } = app;
      await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
      const unsigned = await exportFile(page);

      // Signed and countersigned on this laptop since that file was made.
      await page
        .locator('.rail')
        .getByRole('button', { name: /^Service level agreement/ })
        .click();
      await page.getByRole('button', { name: 'Freeze for signature' }).click();
      const confirm = page.getByRole('dialog').getByRole('button', { name: /^Freeze/ });
      if (await confirm.isVisible({ timeout: 1500 }).catch(() => false)) await confirm.click();
      await expect.poll(() => page.getByTestId('signing-state').textContent(), { timeout: 15_000 }).toBe('Ready for signature');
      await sign(page, 'Maya Chen');
      await sign(page, 'Diego Alvarez');
      await expect.poll(() => page.getByTestId('signing-state').textContent(), { timeout: 15_000 }).toBe('Signed and countersigned');
      await waitSaved(page);

      await home(page);
      await importFile(page, unsigned);
      const dialog = page.getByRole('dialog', { name: '“Northwind Analytics” is already on this computer' });
      const compare = dialog.getByTestId('import-compare');
      expect(await compare.getByRole('row', { name: /^Signatures/ }).textContent()).toBe('Signatures2 (more)0');
      expect(await compare.getByRole('row', { name: /^SLA/ }).textContent()).toBe('SLASigned and countersigned, version 1Draft');
      await dialog.getByRole('button', { name: 'Replace with the file' }).click();
      // Not replaced yet: a second question, naming what would be lost and where it stays.
      const loss = dialog.getByTestId('import-loss');
      await loss.waitFor();
      expect(await loss.textContent()).toContain('Replacing drops 2 signatures (Maya Chen, version 1, Diego Alvarez, version 1).');
      expect(await loss.textContent()).toMatch(/It drops \d+ audit-trail events\./);
      expect(await loss.textContent()).toContain('stays in History as a snapshot');
      await dialog.getByRole('button', { name: 'Back' }).click();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
      await page
        .locator('.rail')
        .getByRole('button', { name: /^Service level agreement/ })
        .click();
      await expect.poll(() => page.getByTestId('signing-state').textContent()).toBe('Signed and countersigned');

      // Asked to, it replaces; the signed state is a snapshot in History, to restore.
      await home(page);
      await importFile(page, unsigned);
      await dialog.getByRole('button', { name: 'Replace with the file' }).click();
      await dialog.getByRole('button', { name: 'Replace and drop what was signed here' }).click();
      await page.locator('.toast', { hasText: 'The version it replaced is in History.' }).waitFor();
      await page
        .locator('.rail')
        .getByRole('button', { name: /^Service level agreement/ })
        .click();
      await expect.poll(() => page.getByTestId('signing-state').textContent()).toBe('Draft');
      await page.getByRole('button', { name: 'History' }).click();
      const history = page.getByRole('dialog', { name: 'Workshop history' });
      await history.getByRole('button', { name: /Before an import/ }).click();
      await history.getByText('SLA signatures: 0 → 2', { exact: true }).waitFor();
    },
  );
});
