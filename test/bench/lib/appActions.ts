import type { Page } from 'playwright-core';

/** The home screen's "Import workshop file", with `file` given to the file chooser it opens. */
export async function importViaUi(page: Page, file: { name: string; buffer: Buffer }): Promise<void> {
  await page.getByRole('button', { name: 'Import workshop file' }).waitFor();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import workshop file' }).click();
  await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: file.buffer });
}

/** Rows in the home list; 0 while it shows the empty state or "no match". */
export const homeRowCount = (page: Page) => page.locator('.home-table tbody tr').count();
