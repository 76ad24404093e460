import { resolve } from 'node:path';
import { drawSignature, openApp } from '../e2e/harness';

/**
 * `tsx test/tools/readmeScreenshot.ts`: the README's picture, the sample's SLA signed and
 * countersigned in the room, from the built renderer (`npm run build` first).
 */
const OUT = resolve(process.argv[2] ?? 'assets/screenshots/sla-step.png');
const app = await openApp({ viewport: { width: 1600, height: 1000 } });
const { page } = app;
await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
await page.getByRole('button', { name: /^Service level agreement/ }).click();
await page.getByRole('button', { name: 'Freeze for signature' }).click();
await page.getByRole('dialog', { name: 'Freeze version 1 for signature?' }).getByRole('button', { name: 'Freeze version 1' }).click();
for (const name of ['Maya Chen', 'Diego Alvarez']) {
  await page.getByRole('button', { name: `Sign as ${name}` }).click();
  await drawSignature(page);
  await page.getByRole('checkbox', { name: /I have read this service level agreement/ }).check();
  await page.getByRole('button', { name: 'Sign now' }).click();
  await page.getByRole('img', { name: `Signature of ${name}` }).waitFor();
}
// The status and the signatures, without the toasts that signing left.
for (const close of await page.locator('.toast button[aria-label]').all()) await close.click().catch(() => undefined);
await page.getByTestId('signing-state').scrollIntoViewIfNeeded();
await page.evaluate(() => window.scrollTo(0, 0));
await page.waitForTimeout(300);
await page.screenshot({ path: OUT });
console.log(`Wrote ${OUT}`);
await app.close();
