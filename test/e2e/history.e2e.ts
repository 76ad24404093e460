import { afterEach, describe, expect, it } from 'vitest';
import { openApp, waitSaved, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

describe('undo, snapshots and restoring', () => {
  it('undoes and redoes edits across steps with the keyboard, and keeps the result after a reload', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    const place = page.getByLabel('Place');
    await place.waitFor();
    const before = await place.inputValue();
    await place.fill('Room 4B');
    await page
      .getByRole('button', { name: /^Goals/ })
      .first()
      .click();
    await page
      .getByRole('button', { name: /^Commit to work together/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Add ground rule' }).click();
    const rules = await page.getByLabel(/^Ground rule \d+$/).count();

    await page.locator('body').press(`${MOD}+z`); // the added rule goes
    await expect(page.getByLabel(/^Ground rule \d+$/).count()).resolves.toBe(rules - 1);
    await page.locator('body').press(`${MOD}+z`); // then the typed place, as one step
    await expect(place.inputValue()).resolves.toBe(before);
    await page.locator('body').press(`${MOD}+Shift+z`);
    await expect(place.inputValue()).resolves.toBe('Room 4B');
    await waitSaved(page);
    await page.reload();
    await expect(page.getByLabel('Place').inputValue()).resolves.toBe('Room 4B');
    await expect(page.getByLabel(/^Ground rule \d+$/).count()).resolves.toBe(rules - 1);
    expect(app.problems).toEqual([]);
  });

  it('restores a snapshot from the history panel, and a deleted workshop from the home screen', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    const people = page.getByLabel(/^Participant \d+ name$/);
    await people.first().waitFor();
    const count = await people.count();
    const first = await people.first().inputValue();
    await page.getByRole('button', { name: `Remove ${first}` }).click();
    await expect(people.count()).resolves.toBe(count - 1);
    await waitSaved(page);

    await page.getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'Workshop history' });
    await dialog.getByRole('button', { name: /As opened/ }).click();
    await dialog.getByText(`Participants: ${count - 1} → ${count}`).waitFor();
    await dialog.getByRole('button', { name: 'Restore this snapshot' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByLabel(`Participant ${count} name`).waitFor();
    await expect(people.first().inputValue()).resolves.toBe(first);
    await waitSaved(page);

    // Delete the whole workshop right away (the restore may still be on its way to disk) and let
    // the Undo toast go by: the deletion sticks, and History still brings the workshop back.
    await page.getByRole('button', { name: 'Accord — all workshops' }).click();
    await page.getByRole('button', { name: 'Delete Northwind Analytics' }).click();
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('button', { name: 'Restore deleted…' }).click();
    const restoreDialog = page.getByRole('dialog', { name: 'Restore a deleted workshop' });
    await restoreDialog.getByRole('button', { name: 'Restore Northwind Analytics' }).click();
    await restoreDialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page.getByLabel(`Participant ${count} name`).waitFor();
    expect(app.problems).toEqual([]);
  });
});
