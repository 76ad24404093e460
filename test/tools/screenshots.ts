import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../../electron/launcher/staticServer';
import { openApp, RENDERER_DIR } from '../e2e/harness';
import { STEP_IDS } from '../../shared/workshop/steps';

/**
 * `npm run screenshots`: every screen of the built renderer at the two projector sizes, into
 * test-results/screens (not committed), to look at before calling a screen done.
 */
const OUT = resolve(process.argv[2] ?? 'test-results/screens');
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

const server = await startStaticServer(RENDERER_DIR);
mkdirSync(OUT, { recursive: true });
for (const viewport of SIZES) {
  const app = await openApp({ viewport, server });
  const { page } = app;
  const tag = `${viewport.width}x${viewport.height}`;
  await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).waitFor();
  await page.screenshot({ path: join(OUT, `${tag}-home.png`), fullPage: true });
  await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
  for (const [i, step] of STEP_IDS.entries()) {
    await page.evaluate((s) => (location.hash = `#/w/sample-northwind-analytics/${s}`), step);
    await page.locator('#step-title').waitFor();
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(OUT, `${tag}-step${String(i + 1).padStart(2, '0')}-${step}.png`), fullPage: true });
  }
  if (app.problems.length) console.error(app.problems.join('\n'));
  await app.close();
}
await server.close();
console.log(`Screenshots in ${OUT}`);
