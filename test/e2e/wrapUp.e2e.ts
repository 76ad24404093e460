import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawSignature, openApp, waitSaved, type AppSession } from './harness';

/**
 * The wrap-up after step 10: reached from step 10 ("Wrap up the day →") and the palette; it
 * says what was agreed (the signed SLA, its version, the fingerprint of what was signed and this
 * computer's seal), the decisions, the action items with owners and dates, the parking lot and
 * the next meeting; and it hands over the files: one button each, or all three together.
 */
let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';
const SHOTS = join('test-results', 'wrap-up');

async function sign(page: Page, name: string) {
  await page.getByRole('button', { name: `Sign as ${name}` }).click();
  await drawSignature(page);
  await page.getByRole('checkbox', { name: /I have read this service level agreement/ }).check();
  await page.getByRole('button', { name: 'Sign now' }).click();
  await page.getByRole('img', { name: `Signature of ${name}` }).waitFor();
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const saved = page.waitForEvent('download', { timeout: 90_000 });
  await page.getByTestId('wrap-up').getByRole('button', { name: button }).click();
  const d = await saved;
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

describe('wrap-up', () => {
  it('ends the day with what was agreed and the files to send', { timeout: 300_000 }, async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await openApp({ viewport: { width: 1366, height: 768 } });
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page
      .locator('.rail')
      .getByRole('button', { name: /^Service level agreement/ })
      .click();
    await page.getByRole('button', { name: 'Freeze for signature' }).click();
    const confirm = page.getByRole('dialog').getByRole('button', { name: /^Freeze/ });
    if (await confirm.isVisible({ timeout: 1500 }).catch(() => false)) await confirm.click();
    await expect.poll(() => page.getByTestId('signing-state').textContent(), { timeout: 15_000 }).toBe('Ready for signature');
    const hash = (await page.getByTestId('sla-hash').textContent())!.trim();
    await sign(page, 'Maya Chen');
    await sign(page, 'Diego Alvarez');
    await expect.poll(() => page.getByTestId('signing-state').textContent(), { timeout: 15_000 }).toBe('Signed and countersigned');
    await waitSaved(page);

    // Step 10 ends with "Wrap up the day →" where "Next step" would be.
    await page
      .locator('.rail')
      .getByRole('button', { name: /^Feedback and optimisation/ })
      .click();
    await page.locator('#step-title', { hasText: 'Feedback and optimisation' }).waitFor();
    await page.getByRole('button', { name: 'Wrap up the day →' }).click();
    const screen = page.getByTestId('wrap-up');
    await screen.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('step-title');
    expect(page.url()).toMatch(/#\/w\/[^/]+\/wrap-up$/);

    // What was agreed: the SLA, signed and countersigned, the fingerprint signed, and this computer's seal.
    expect(await screen.getByTestId('wrap-up-sla-state').textContent()).toBe('Version 1: signed and countersigned');
    expect((await screen.getByTestId('wrap-up-content-hash').textContent())!.replace(/\s/g, '')).toBe(hash);
    await expect.poll(async () => (await screen.getByTestId('wrap-up-seal').textContent())!.replace(/\s/g, '')).toMatch(/^[0-9a-f]{64}$/);
    await screen.getByText(/Maya Chen signed on/).waitFor();
    await screen.getByText(/Diego Alvarez signed on/).waitFor();
    // Decisions, action items with owners and dates, the parking lot, the next meeting.
    expect(await screen.getByTestId('wrap-up-decisions').locator('li').count()).toBe(3);
    const actions = screen.getByTestId('wrap-up-actions');
    expect(await actions.locator('tbody tr').count()).toBe(2);
    expect(await actions.locator('tbody tr').first().locator('td').nth(1).textContent()).toBe('Tom Becker');
    expect(await actions.locator('tbody tr').first().locator('td').nth(2).textContent()).toMatch(/\d{1,2} \w{3} 20\d\d/);
    await screen
      .getByTestId('wrap-up-parking')
      .getByText(/Partner-sourced leads/)
      .waitFor();
    expect(await screen.getByTestId('wrap-up-meeting').textContent()).toMatch(/Weekly triage.*at 09:30 \(Europe\/Lisbon\)/);
    await page.screenshot({ path: join(SHOTS, 'en-1366.png'), fullPage: true });

    // The calendar, on its own.
    const ics = await download(page, 'Calendar (.ics)');
    expect(ics.name).toBe('Northwind Analytics - review meetings.ics');
    expect(ics.bytes.toString('utf8')).toMatch(/^BEGIN:VCALENDAR[\s\S]*SUMMARY:Weekly triage[\s\S]*END:VCALENDAR\s*$/);

    // All three together: one .zip in browser mode (three downloads at once make the browser ask).
    const zip = await download(page, 'All three, ready to send');
    expect(zip.name).toBe('Northwind Analytics - send-ready.zip');
    const files = unzipSync(new Uint8Array(zip.bytes));
    const names = Object.keys(files).filter((n) => !n.endsWith('/'));
    expect(names).toHaveLength(3);
    expect(names.every((n) => n.startsWith('Northwind Analytics - send-ready/'))).toBe(true);
    expect(names).toContain('Northwind Analytics - send-ready/SLA - Northwind Analytics - v1.pdf');
    expect(names).toContain('Northwind Analytics - send-ready/Northwind Analytics - review meetings.ics');
    for (const name of names.filter((n) => n.endsWith('.pdf'))) expect(Buffer.from(files[name]!.slice(0, 5)).toString()).toBe('%PDF-');
    // The SLA went out: an event in its audit trail, as with Export SLA PDF.
    await page.locator('.toast', { hasText: 'Saved together in Northwind Analytics - send-ready.zip' }).waitFor();

    // At 1920×1080, the screen left on the wall.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SHOTS, 'en-1920.png') });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: join(SHOTS, 'en-1366-viewport.png') });

    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    // From the palette too, and back to step 10 with Alt+←.
    await page
      .locator('.rail')
      .getByRole('button', { name: /^Goals/ })
      .click();
    await page.locator('#step-title', { hasText: 'Goals' }).waitFor();
    await page.keyboard.press(`${MOD}+k`);
    await page.getByRole('combobox', { name: 'Command palette' }).fill('wrap up');
    await page.getByRole('option', { name: 'Wrap up the day' }).click();
    await screen.waitFor();
    await page.locator('body').press('Alt+ArrowLeft');
    await page.locator('#step-title', { hasText: 'Feedback and optimisation' }).waitFor();
    expect(app.problems.filter((p) => !p.includes('favicon'))).toEqual([]);
  });

  it('speaks the room’s language (Português)', async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await openApp({ viewport: { width: 1366, height: 768 }, locale: 'pt-BR' });
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page
      .locator('.rail')
      .getByRole('button', { name: /^Encerramento/ })
      .click();
    const screen = page.getByTestId('wrap-up');
    await screen.getByRole('heading', { level: 1, name: 'O que combinamos hoje' }).waitFor();
    await screen.getByText('Ainda não congelado: o SLA é um rascunho, sem assinaturas.').waitFor();
    await screen.getByRole('button', { name: 'Os três, prontos para enviar' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'pt-BR-1366.png'), fullPage: true });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SHOTS, 'pt-BR-1920.png') });
    expect(app.problems.filter((p) => !p.includes('favicon'))).toEqual([]);
  });
});
