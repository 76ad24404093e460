import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';

const sessions: AppSession[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

/** The workshop as the file carries it, minus what an import or export is expected to change. */
function comparable(fileText: string) {
  const { workshop } = JSON.parse(fileText) as { workshop: Record<string, unknown> };
  const { updatedAt: _u, ...rest } = workshop;
  return rest;
}

describe('workshop files between laptops', () => {
  it('exports an .accord file that a fresh profile imports intact, and exports back identically', async () => {
    const laptopA = await openApp();
    sessions.push(laptopA);
    await laptopA.page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    const saved = laptopA.page.waitForEvent('download');
    await laptopA.page.getByRole('button', { name: 'Export workshop file' }).click();
    const download = await saved;
    expect(download.suggestedFilename()).toMatch(/\.accord$/);
    const exported = readFileSync((await download.path())!, 'utf8');

    const laptopB = await openApp(); // a new profile: a different laptop
    sessions.push(laptopB);
    const { page } = laptopB;
    // This laptop's facilitator had deleted its own copy of the sample.
    await page.getByRole('button', { name: 'Delete Northwind Analytics' }).click();
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).waitFor({ state: 'detached' });
    const importFile = async () => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import workshop file' }).click();
      await (
        await chooser
      ).setFiles({ name: download.suggestedFilename(), mimeType: 'application/octet-stream', buffer: Buffer.from(exported) });
      await page.getByRole('heading', { level: 1, name: 'Commit to work together' }).waitFor();
    };
    await importFile();
    const again = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export workshop file' }).click();
    const reimported = readFileSync((await (await again).path())!, 'utf8');
    // Everything, signatures and audit trail included, exactly as laptop A had it.
    expect(comparable(reimported)).toEqual(comparable(exported));

    // The same file once more changes nothing, and says so.
    await page.getByRole('button', { name: 'Accord — all workshops' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import workshop file' }).click();
    await (
      await chooser
    ).setFiles({ name: download.suggestedFilename(), mimeType: 'application/octet-stream', buffer: Buffer.from(exported) });
    await page.locator('.toast', { hasText: 'is the same as this file: nothing was changed.' }).waitFor();
    await page.getByRole('button', { name: 'Accord — all workshops' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Northwind Analytics/ }).count()).toBe(1);
    expect([...laptopA.problems, ...laptopB.problems]).toEqual([]);
  });
});
