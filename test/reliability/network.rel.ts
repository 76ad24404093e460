import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../electron/launcher/staticServer';
import { SAMPLE_WORKSHOP_ID } from '../../shared/workshop/sample';
import { STEP_IDS } from '../../shared/workshop/steps';
import { RENDERER_DIR } from '../e2e/harness';
import { openSession } from './support/session';

/**
 * Offline by design: a full walkthrough of the sample workshop (every step, the SLA PDF, the
 * workshop file) may only ask the app's own origin (and data: / blob:) for anything. Every
 * request the page and its workers make is recorded (context 'request' events, which include
 * dedicated workers' fetches such as the PDF worker's fonts).
 */
let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer(RENDERER_DIR);
});
afterAll(() => server?.close());

describe('network', () => {
  it('a full walkthrough of the sample workshop requests nothing outside the app', async () => {
    const app = await openSession(server);
    try {
      const { page } = app;
      await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
      for (const step of STEP_IDS) {
        await page.evaluate((s) => (location.hash = `#/w/${s.id}/${s.step}`), { id: SAMPLE_WORKSHOP_ID, step });
        await page.locator('#step-title').waitFor();
        await page.waitForLoadState('networkidle');
      }
      const pdf = page.waitForEvent('download', { timeout: 120_000 });
      await page.getByRole('button', { name: 'Export SLA PDF' }).click();
      expect((await (await pdf).path()) !== null).toBe(true);
      const file = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export workshop file' }).click();
      await file;
      await page.getByRole('button', { name: 'Accord — all workshops' }).click();
      await page.waitForLoadState('networkidle');

      const foreign = app.requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:') && !u.startsWith('blob:'));
      const fonts = app.requests.filter((u) => /\.(ttf|otf|woff2?)$/.test(u)).length;
      console.log(
        `Network: ${app.requests.length} requests during a full walkthrough (${STEP_IDS.length} steps, SLA PDF, workshop file; ${fonts} font fetches), ${foreign.length} outside the app's origin (target 0)${foreign.length ? `: ${foreign.join(', ')}` : ''}`,
      );
      expect(foreign).toEqual([]);
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
