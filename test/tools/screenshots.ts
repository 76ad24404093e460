import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../../electron/launcher/staticServer';
import { openApp, RENDERER_DIR } from '../e2e/harness';
import { STEP_IDS } from '../../shared/workshop/steps';
import { LANGUAGES } from '../../shared/workshop/schema';
import { SYSTEM_LOCALE, walkNewWorkshop } from '../e2e/walkthrough';

/**
 * `npm run screenshots`: every screen of the built renderer at the two projector sizes, into
 * test-results/screens (not committed), to look at before calling a screen done; then the ten
 * steps of the sample in each of the four languages (sample/<language>/), and a new workshop
 * walked through in each language as test/e2e/walkthrough.e2e.ts does it (walkthrough/<language>/,
 * with its two PDFs).
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
  await page.getByRole('button', { name: 'Verify a signed SLA' }).click();
  await page.getByRole('dialog', { name: 'Verify a signed SLA' }).waitFor();
  await page.screenshot({ path: join(OUT, `${tag}-verify.png`) });
  await page.keyboard.press('Escape');
  // Facilitation: the palette, the capture panel, the agenda, and the room's presenter view.
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Command palette' }).waitFor();
  await page.screenshot({ path: join(OUT, `${tag}-palette.png`) });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /decisions, action items and parking lot$/ }).click();
  await page.getByRole('dialog', { name: 'Decisions, action items and parking lot' }).waitFor();
  await page.screenshot({ path: join(OUT, `${tag}-capture-panel.png`) });
  await page.keyboard.press('Escape');
  await page
    .getByTestId('step-timer')
    .getByRole('button', { name: /open the agenda$/ })
    .click();
  await page.getByRole('dialog', { name: 'Agenda' }).waitFor();
  await page.screenshot({ path: join(OUT, `${tag}-agenda.png`) });
  await page.keyboard.press('Escape');
  const [presenter] = await Promise.all([
    app.context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open the presenter view' }).click(),
  ]);
  await presenter.setViewportSize(viewport);
  await presenter.getByTestId('presenter').waitFor();
  await presenter.screenshot({ path: join(OUT, `${tag}-presenter.png`) });
  await presenter.close();
  if (app.problems.length) console.error(app.problems.join('\n'));
  await app.close();
}

// The sample's ten steps in each UI language, at the laptop's size.
for (const language of LANGUAGES) {
  const app = await openApp({ server, locale: SYSTEM_LOCALE[language] });
  const { page } = app;
  const dir = join(OUT, 'sample', language);
  mkdirSync(dir, { recursive: true });
  await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
  for (const [i, step] of STEP_IDS.entries()) {
    await page.evaluate((s) => (location.hash = `#/w/sample-northwind-analytics/${s}`), step);
    await page.locator('#step-title').waitFor();
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(dir, `${String(i + 1).padStart(2, '0')}-${step}.png`) });
  }
  if (app.problems.length) console.error(app.problems.join('\n'));
  await app.close();
}

// A new workshop, created, filled, signed and exported in each language.
for (const language of LANGUAGES) {
  const app = await openApp({ server, locale: SYSTEM_LOCALE[language] });
  await walkNewWorkshop(app.page, language, join(OUT, 'walkthrough', language));
  if (app.problems.length) console.error(app.problems.join('\n'));
  await app.close();
}
await server.close();
console.log(
  `Screenshots in ${OUT}: the screens at two sizes, sample/<language>/ (the sample's ten steps), walkthrough/<language>/ (a new workshop, with its PDFs).`,
);
