import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { drawSignature, openApp, waitSaved, type AppSession } from './harness';

/**
 * What is signed holds together: the numbers are checked before freezing (and an override is
 * recorded and printed), step 7 shows what was signed while the workshop moves on, and step 1's
 * agreements are to the text as it reads.
 */
let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const SHOTS = resolve('test-results', 'signedText');
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
const flat = (s: string) => s.replace(/\s+/g, '');
const state = (page: Page) => page.getByTestId('signing-state').textContent();

async function openStep(page: Page, step: RegExp) {
  await page.locator('.rail').getByRole('button', { name: step }).click();
}

/** Freeze through the dialog; with disagreements left, tick and give `reason`. */
async function freeze(page: Page, reason = 'Accepted for the pilot; the scoreboard follows at the first review.') {
  await page.getByRole('button', { name: 'Freeze for signature' }).click();
  const dialog = page.getByRole('dialog', { name: /^Freeze version \d+ for signature\?$/ });
  await dialog.waitFor();
  if ((await dialog.getByTestId('freeze-override').count()) > 0) {
    await dialog.getByRole('checkbox').check();
    await dialog.getByLabel('Why the room signs with them').fill(reason);
  }
  await dialog.getByRole('button', { name: /^Freeze version \d+/ }).click();
  await expect.poll(() => state(page), { timeout: 15_000 }).toBe('Ready for signature');
}

async function sign(page: Page, name: string) {
  await page.getByRole('button', { name: `Sign as ${name}` }).click();
  await drawSignature(page);
  await page.getByRole('checkbox', { name: /I have read this service level agreement/ }).check();
  await page.getByRole('button', { name: 'Sign now' }).click();
  await page.getByRole('img', { name: `Signature of ${name}` }).waitFor();
}

/** Exports a PDF (kept beside the screenshots to look at) and returns its text, whitespace removed. */
async function exportedText(page: Page, button: string, keepAs: string): Promise<string> {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: button }).click();
  const dir = mkdtempSync(join(tmpdir(), 'accord-signed-e2e-'));
  try {
    const file = join(dir, 'sla.pdf');
    await (await download).saveAs(file);
    copyFileSync(file, join(SHOTS, keepAs));
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('what is signed holds together', () => {
  it(
    'after v1 is signed at 60 points, step 7 still reads 60 when step 5 says 55, lists the change and offers Amend',
    { timeout: 240_000 },
    async () => {
      app = await openApp();
      const { page } = app;
      await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
      await openStep(page, /^Service level agreement/);
      await freeze(page);
      await sign(page, 'Maya Chen');
      await sign(page, 'Diego Alvarez');
      // The optional witness has not signed: the agreement is signed and countersigned all the same.
      await expect.poll(() => state(page), { timeout: 15_000 }).toBe('Signed and countersigned');
      await expect(page.getByTestId('witness-optional').textContent()).resolves.toBe('Not signed (optional)');
      const definitions = page.getByRole('listitem', { name: /Definitions$/ });
      await expect(definitions.textContent()).resolves.toContain('60 points');
      await expect(page.getByTestId('sla-drift').count()).resolves.toBe(0);
      await waitSaved(page);

      await openStep(page, /^Qualified-lead definition/);
      await page.getByLabel('MQL threshold (points)').fill('55');
      await waitSaved(page);
      await openStep(page, /^Service level agreement/);

      // What is shown is what was signed: version 1, at 60 points.
      await page.getByTestId('clauses-frozen').waitFor();
      await expect(definitions.textContent()).resolves.toContain('60 points');
      await expect(definitions.textContent()).resolves.not.toContain('55 points');
      await expect(state(page)).resolves.toBe('Signed and countersigned');
      // The banner lists what changed since, and offers Amend.
      const drift = page.getByTestId('sla-drift');
      await drift.waitFor();
      const said = (await drift.textContent())!;
      expect(said).toContain('The workshop has changed since version 1 was frozen');
      // "MQL threshold: 60 → 55" (the arrow is drawn by the stylesheet; screen readers hear Before / After).
      expect(said).toContain('MQL threshold: Before: 60After: 55');
      expect(said).toContain('when it reaches Before: 60After: 55 points');
      await drift.scrollIntoViewIfNeeded();
      await shot(page, 'en-drift-banner');
      await drift.getByRole('button', { name: 'Amend: put these changes in version 2…' }).click();
      await page.getByRole('button', { name: 'Amend: start version 2' }).click();
      await expect.poll(() => state(page), { timeout: 15_000 }).toBe('Draft');
      // The draft of version 2 follows the workshop again.
      await expect(definitions.textContent()).resolves.toContain('55 points');
      expect(app.problems).toEqual([]);
    },
  );

  it('freezing with a disagreement needs a recorded override, and the exported SLA prints it', { timeout: 240_000 }, async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await openStep(page, /^Service level agreement/);
    // 999 MQLs a month: the weekly delivery and the scoreboard no longer agree with it.
    await page.getByLabel('Target (MQLs)').first().fill('999');
    const panel = page.getByTestId('consistency-panel');
    await panel.waitFor();
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.textContent()).resolves.toMatch(
      /Commitment 1 \(999 per month\) and commitment \d+ \([\d,.]+ per week, ≈ [\d,.]+ per month\) disagree\./,
    );
    await expect(panel.textContent()).resolves.toMatch(/Metric “[^”]+” targets [\d,.]+ per month, but commitment 1 says 999 per month\./);
    await shot(page, 'en-consistency-panel');

    await page.getByRole('button', { name: 'Freeze for signature' }).click();
    const dialog = page.getByRole('dialog', { name: 'Freeze version 1 for signature?' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('any later change is an amendment');
    const confirm = dialog.getByRole('button', { name: /^Freeze version 1 with \d+ known differences?$/ });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByRole('checkbox').check();
    expect(await confirm.isDisabled()).toBe(true); // still needs the reason
    const reason = 'The weekly rhythm is a stretch goal for the pilot.';
    await dialog.getByLabel('Why the room signs with them').fill(reason);
    await shot(page, 'en-freeze-override');
    await confirm.click();
    await expect.poll(() => state(page), { timeout: 15_000 }).toBe('Ready for signature');

    // Recorded: shown with the version, in the audit trail, and printed in the SLA.
    await expect(page.getByTestId('accepted-differences').textContent()).resolves.toContain(`Reason given: ${reason}`);
    await page.getByTestId('accepted-differences').scrollIntoViewIfNeeded();
    await shot(page, 'en-accepted-differences');
    await page
      .getByRole('cell', { name: new RegExp(`Version 1 frozen for signature; known differences accepted \\(.*\\): ${reason}`) })
      .waitFor();
    await waitSaved(page);
    const text = await exportedText(page, 'Export SLA PDF', 'en-override.pdf');
    expect(text).toContain(flat('Known differences accepted at signing'));
    expect(text).toContain(flat(reason));
    expect(text).toMatch(/Commitment1\(999permonth\)andcommitment\d+\([\d,.]+perweek,≈[\d,.]+permonth\)disagree\./);
    expect(app.problems).toEqual([]);
  });

  it(
    'an edited statement asks everyone again: "5 of 5 agreed" becomes "0 of 5 agreed · 5 agreed to an earlier text"',
    { timeout: 120_000 },
    async () => {
      app = await openApp({ locale: 'pt-BR' });
      const { page } = app;
      await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
      const count = page.getByTestId('agreement-count');
      await expect(count.textContent()).resolves.toBe('5 de 5 concordaram');
      await page.getByLabel('Declaração com a qual todos concordam').fill('Marketing e vendas agem como um só time de receita.');
      await expect.poll(() => count.textContent()).toBe('0 de 5 concordaram · 5 concordaram com um texto anterior');
      await page.getByTestId('agreement-changed').waitFor();
      await page.locator('.agreement-row', { hasText: 'Maya Chen' }).getByRole('checkbox').check();
      await expect.poll(() => count.textContent()).toBe('1 de 5 concordaram · 4 concordaram com um texto anterior');
      await page.getByTestId('agreement-changed').scrollIntoViewIfNeeded();
      await shot(page, 'pt-BR-agreements-changed');
      // Step 7 in Portuguese (the clauses in the workshop's English): the statement opens the purpose, and the numbers are checked before freezing.
      await openStep(page, /^Acordo de nível de serviço/);
      await expect(page.getByRole('listitem', { name: /Purpose$/ }).textContent()).resolves.toContain(
        'Marketing e vendas agem como um só time de receita.',
      );
      await page.getByLabel('Meta (MQLs)').first().fill('999');
      await page.getByTestId('consistency-panel').scrollIntoViewIfNeeded();
      await shot(page, 'pt-BR-consistency-panel');
      await page.getByRole('button', { name: 'Congelar para assinatura' }).click();
      await page.getByRole('dialog', { name: 'Congelar a versão 1 para assinatura?' }).waitFor();
      await shot(page, 'pt-BR-freeze-dialog');
      expect(app.problems).toEqual([]);
    },
  );
});
