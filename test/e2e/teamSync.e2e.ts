import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';
import { startTeamServer, type TeamServer } from '../support/teamServer';
import { SAMPLE_WORKSHOP_ID } from '../../shared/workshop/sample';

/**
 * Two laptops (two browser profiles) sharing the sample workshop through a CouchDB-compatible
 * server started here on 127.0.0.1 (pouchdb-server in memory, see test/support/teamServer.ts).
 */
let server: TeamServer;
const sessions: AppSession[] = [];
beforeAll(async () => void (server = await startTeamServer()));
afterAll(async () => server?.close());
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

/** Requests anywhere but the app and the team server, and errors that are not the server's doing. */
const foreign = (s: AppSession) =>
  s.problems.filter((p) => !p.includes(server.url) && !/Failed to load resource|404 is totally normal|net::ERR/.test(p));

async function configureThroughSettings(page: Page, name: string) {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: 'Team workspace' }).click();
  await page.getByLabel('Server URL').fill(server.url);
  await page.getByLabel('Database').fill(server.database);
  await page.getByLabel('User name').fill(server.user);
  await page.getByLabel('Password').fill(server.password);
  await page.getByLabel('Your name for the team').fill(name);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Save and connect' }).click()]);
}

async function configureDirectly(page: Page, name: string) {
  await page.evaluate(
    ([url, database, user, password, who]) => {
      localStorage.setItem('accord.teamWorkspace', JSON.stringify({ url, database, user, name: who, shared: [] }));
      localStorage.setItem('accord.teamWorkspace.password', password!);
    },
    [server.url, server.database, server.user, server.password, name],
  );
  await page.reload();
}

const status = (page: Page) => page.getByTestId('sync-status');
const row = (page: Page) => page.getByRole('row').filter({ hasText: 'Sales & marketing alignment' });

describe('team workspace', () => {
  it(
    'two laptops share a workshop, converge after edits, and report a failing server without losing work',
    { timeout: 300_000 },
    async () => {
      const a = await openApp();
      const b = await openApp();
      sessions.push(a, b);
      await a.page.getByRole('button', { name: 'Northwind Analytics', exact: true }).waitFor();
      await b.page.getByRole('button', { name: 'Northwind Analytics', exact: true }).waitFor();

      // B's laptop has no copy of the workshop: it arrives from the team.
      await row(b.page)
        .getByRole('button', { name: /^Delete/ })
        .click();
      await expect.poll(() => row(b.page).count()).toBe(0);

      // Laptop A through the settings, with a connection test; laptop B as if set up earlier.
      await configureThroughSettings(a.page, 'Ana');
      await configureDirectly(b.page, 'Ben');
      await a.page.getByRole('button', { name: 'Settings' }).click();
      await a.page.getByRole('tab', { name: 'Team workspace' }).click();
      await a.page.getByRole('button', { name: 'Test connection' }).click();
      await expect.poll(() => a.page.getByTestId('team-verdict').getAttribute('data-verdict')).toBe('ok');
      await a.page.screenshot({ path: 'test-results/team-settings-en.png' });
      await a.page.keyboard.press('Escape');

      await row(a.page).getByTestId('share-with-team').click();
      await expect.poll(() => status(a.page).getAttribute('data-state'), { timeout: 30_000 }).toBe('synced');
      await b.page.getByRole('button', { name: 'Northwind Analytics', exact: true }).waitFor({ timeout: 60_000 });
      await expect.poll(() => row(b.page).getByTestId('share-with-team').getAttribute('data-shared')).toBe('true');

      // A renames (the workshop's details) while B's laptop is offline-capable; both converge.
      await row(a.page)
        .getByRole('button', { name: /^Rename/ })
        .click();
      await a.page.getByLabel('Client company').fill('Northwind Analytics EU');
      await a.page.getByRole('button', { name: 'Rename', exact: true }).click();
      await b.page.getByRole('button', { name: 'Northwind Analytics EU', exact: true }).waitFor({ timeout: 30_000 });
      await b.page.screenshot({ path: 'test-results/team-home-shared-en.png' });

      // The server refuses the password: the app keeps working and says why.
      server.setMode('unauthorised');
      await row(b.page)
        .getByRole('button', { name: /^Rename/ })
        .click();
      await b.page.getByLabel('Client company').fill('Northwind (offline edit)');
      await b.page.getByRole('button', { name: 'Rename', exact: true }).click();
      await b.page.getByRole('button', { name: 'Northwind (offline edit)', exact: true }).waitFor();
      await expect.poll(() => status(b.page).getAttribute('data-state'), { timeout: 60_000 }).toBe('attention');
      await status(b.page).click();
      await expect.poll(() => b.page.getByTestId('sync-reason').getAttribute('data-reason')).toBe('wrongCredentials');
      await b.page.screenshot({ path: 'test-results/team-sync-attention-en.png' });
      await b.page.keyboard.press('Escape');

      // Back up: B's offline edit reaches A.
      server.setMode('ok');
      await a.page.getByRole('button', { name: 'Northwind (offline edit)', exact: true }).waitFor({ timeout: 90_000 });

      // A hostile document on the server is quarantined; B's workshop is unchanged.
      const before = await b.page.evaluate(() => document.querySelector('table')?.textContent);
      await server.put({
        _id: `w:${SAMPLE_WORKSHOP_ID}:unit:meta`.replace('meta', 'goals') + 'x',
        type: 'unit',
        workshopId: SAMPLE_WORKSHOP_ID,
        unit: 'goals',
        data: { currency: 42 },
        editedBy: 'x',
        editedAt: '2026-12-01T00:00:00Z',
      });
      await expect.poll(() => status(b.page).getAttribute('data-state'), { timeout: 30_000 }).toBe('attention');
      await status(b.page).click();
      await b.page.getByTestId('sync-quarantined').waitFor();
      await b.page.keyboard.press('Escape');
      expect(await b.page.evaluate(() => document.querySelector('table')?.textContent)).toBe(before);

      expect(foreign(a)).toEqual([]);
      expect(foreign(b)).toEqual([]);
    },
  );
});
