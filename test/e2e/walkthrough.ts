import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance, type TFunction } from 'i18next';
import type { Page } from 'playwright-core';
import { messages as en } from '../../renderer/i18n/locales/en';
import { messages as es } from '../../renderer/i18n/locales/es';
import { messages as ptBR } from '../../renderer/i18n/locales/pt-BR';
import { messages as zhCN } from '../../renderer/i18n/locales/zh-CN';
import type { Language } from '../../shared/workshop/schema';
import { STEP_IDS } from '../../shared/workshop/steps';
import { drawSignature, waitSaved } from './harness';

/**
 * A new workshop walked through as a facilitator does it, in one language for the screens and
 * the documents: created from home, every step filled with the least the room would do, the SLA
 * frozen and signed by marketing and sales, both PDFs exported. Each step's screen is saved to
 * `<out>/NN-<step>.png` to page through. Buttons are found by the UI's own words in that
 * language (the locale files), so a missing translation fails here as it would confuse a room.
 */

/** The browser's language for each document language: the UI follows the system. */
export const SYSTEM_LOCALE: Record<Language, string> = { en: 'en-US', 'pt-BR': 'pt-BR', es: 'es-ES', 'zh-CN': 'zh-CN' };

const BUNDLES = { en, 'pt-BR': ptBR, es, 'zh-CN': zhCN } as const;

/** The UI's t() for a language, from the same locale files the app loads. */
export async function uiWords(language: Language): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    resources: { [language]: BUNDLES[language], en: BUNDLES.en } as never,
  });
  return i18n.t;
}

export interface Walked {
  sla: string;
  report: string;
  screens: string[];
}

const PEOPLE = [
  { name: 'Maya Chen', role: 'VP Marketing' },
  { name: 'Diego Alvarez', role: 'Head of Sales' },
] as const;

/**
 * The walk itself, on a page showing the home list. `out` receives the screenshots and the two
 * PDFs. Returns their paths.
 */
export async function walkNewWorkshop(page: Page, language: Language, out: string): Promise<Walked> {
  const t = await uiWords(language);
  mkdirSync(out, { recursive: true });
  const screens: string[] = [];
  /** `NN-<name>.png`: NN the step's number (00 home, 11 after the tenth step), so the files page through in order. */
  const shoot = async (n: number, name: string) => {
    // Settle: fonts, the diagram's fit, a toast's entry.
    await page.waitForTimeout(250);
    const file = join(out, `${String(n).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    screens.push(file);
  };
  const openStep = async (i: number) => {
    await page.locator('.rail-step').nth(i).click();
    await page.locator('#step-title').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
  };

  await page
    .getByRole('button', { name: t('home:newWorkshop') })
    .first()
    .waitFor();
  await shoot(0, 'home');
  await page
    .getByRole('button', { name: t('home:newWorkshop') })
    .first()
    .click();
  await page.locator('#step-title').waitFor();

  // 1 · Commitment: who the client is, the document language, two people, both agree.
  await page.getByLabel(t('commitment:details.client')).fill('Acme Robotics');
  await page.getByLabel(t('commitment:details.workshopTitle')).fill('Q1 2027');
  await page.locator('#documentLanguage').selectOption(language);
  for (const [i, p] of PEOPLE.entries()) {
    await page.getByRole('button', { name: t('commitment:participants.add') }).click();
    await page.getByLabel(t('commitment:participants.nameLabel', { n: i + 1 })).fill(p.name);
  }
  await page.getByLabel(t('commitment:participants.teamLabel', { n: 2 })).selectOption('sales');
  for (const box of await page.locator('.agreement-row input[type="checkbox"]').all()) await box.check();
  await waitSaved(page).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(1, STEP_IDS[0]);

  // 2 · Goals: the first goal of the catalogue.
  await openStep(1);
  await page.locator('#goals button').first().click();
  await shoot(2, STEP_IDS[1]);

  // 3 · Target buyer: started (the ICP and a first persona to fill).
  await openStep(2);
  await page.getByRole('button', { name: t('targetBuyer:empty.start') }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(3, STEP_IDS[2]);

  // 4 · Lead process: the default template, drawn.
  await openStep(3);
  await page.getByRole('button', { name: t('leadProcess:start.button.default') }).click();
  await page.locator('.react-flow__node').first().waitFor();
  await shoot(4, STEP_IDS[3]);

  // 5 · Qualified lead: the starter scoring model.
  await openStep(4);
  await page.getByRole('button', { name: t('qualifiedLead:start.starter') }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(5, STEP_IDS[4]);

  // 6 · Hand-off: its defaults, as a room that agrees with them.
  await openStep(5);
  await shoot(6, STEP_IDS[5]);

  // 7 · SLA: the starter commitments, frozen (with the room's reason for what is left open) and signed.
  await openStep(6);
  await page.locator('[data-testid="commitment-row"]').first().waitFor();
  // Each starter row's number the room settles on (a count, a share or hours alike), where empty.
  for (const field of await page
    .locator('[data-testid="commitment-row"] input[id$="-target"], [data-testid="commitment-row"] input[id$="-withinDays"]')
    .all())
    if ((await field.inputValue()) === '') await field.fill('24');
  await page.locator('#effectiveDate').fill('2027-01-04');
  for (const box of await page.locator('#signers input[type="checkbox"]').all()) await box.check();
  await page.getByRole('button', { name: t('sla:status.freeze') }).click();
  const freeze = page.getByRole('dialog', { name: t('sla:freeze.dialog.title', { n: 1 }) });
  await freeze.waitFor();
  if ((await freeze.getByTestId('freeze-override').count()) > 0) {
    await freeze.getByRole('checkbox').check();
    await freeze.getByLabel(t('sla:freeze.dialog.reason')).fill('Pilot: Q1 2027.');
  }
  await freeze.locator('.btn-primary').click();
  await freeze.waitFor({ state: 'detached' });
  for (const p of PEOPLE) {
    await page.getByRole('button', { name: t('sla:signing.signAs', { name: p.name }) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('signature-pad').waitFor();
    await drawSignature(page);
    await dialog.getByRole('checkbox').check();
    if (p === PEOPLE[1]) await shoot(7, 'sla-signing');
    await dialog.getByRole('button', { name: t('sla:sign.signNow') }).click();
    await page.getByRole('img', { name: t('sla:signing.signatureOf', { name: p.name }) }).waitFor();
  }
  await waitSaved(page).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(7, STEP_IDS[6]);

  // 8 · Metrics: the scoreboard prefilled from the SLA.
  await openStep(7);
  await page.getByRole('button', { name: t('metrics:step.prefill') }).click();
  await shoot(8, STEP_IDS[7]);

  // 9 · Technology: the CRM.
  await openStep(8);
  await page.getByRole('button', { name: t('technology:tools.addCrm') }).click();
  await shoot(9, STEP_IDS[8]);

  // 10 · Feedback: the standard review meetings.
  await openStep(9);
  await page.getByRole('button', { name: t('feedback:meetings.standard') }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(10, STEP_IDS[9]);
  await waitSaved(page).catch(() => undefined);

  const sla = join(out, 'sla.pdf');
  const report = join(out, 'report.pdf');
  await download(page, page.getByTestId('export-sla'), sla);
  await download(page, page.locator('.topbar').getByRole('button', { name: t('app:topBar.exportReport') }), report);
  await shoot(11, 'exported');
  return { sla, report, screens };
}

async function download(page: Page, button: ReturnType<Page['locator']>, file: string) {
  const done = page.waitForEvent('download', { timeout: 120_000 });
  await button.click();
  await (await done).saveAs(file);
}

/** A PDF's text, whitespace as pdftotext lays it out. */
export const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
