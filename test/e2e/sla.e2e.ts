import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { drawSignature, openApp, waitSaved, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function sign(page: Page, name: string) {
  await page.getByRole('button', { name: `Sign as ${name}` }).click();
  await drawSignature(page);
  await page.getByRole('checkbox', { name: /I have read this service level agreement/ }).check();
  await page.getByRole('button', { name: 'Sign now' }).click();
  await page.getByRole('img', { name: `Signature of ${name}` }).waitFor();
}

/** Clicks an export button and returns the PDF's text, whitespace removed. */
async function exportedText(page: Page, button: string): Promise<string> {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: button }).click();
  const dir = mkdtempSync(join(tmpdir(), 'accord-sla-e2e-'));
  try {
    const file = join(dir, 'sla.pdf');
    await (await download).saveAs(file);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const flat = (s: string) => s.replace(/\s+/g, '');

/** Freezing asks first, and with disagreements left in the numbers, for the room's recorded reason. */
async function freeze(page: Page) {
  await page.getByRole('button', { name: 'Freeze for signature' }).click();
  const dialog = page.getByRole('dialog', { name: /^Freeze version \d+ for signature\?$/ });
  await dialog.waitFor();
  if ((await dialog.getByTestId('freeze-override').count()) > 0) {
    await dialog.getByRole('checkbox').check();
    await dialog.getByLabel('Why the room signs with them').fill('Accepted for the pilot.');
  }
  await dialog.getByRole('button', { name: /^Freeze version \d+/ }).click();
}

describe('step 7: calculator, freeze, sign, export, amend', () => {
  it('derives the MQL volume, freezes, is signed and countersigned, exports, and amends to version 2', { timeout: 240_000 }, async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page.getByRole('button', { name: /^Service level agreement/ }).click();

    // The calculator starts from step 2's goal and step 4's rates and shows the chain.
    const chain = page.getByTestId('funnel-chain');
    await expect(chain.getByRole('row', { name: /MQLs/ }).textContent()).resolves.toContain('1,858');
    await expect(page.getByTestId('calc-pacing').textContent()).resolves.toBe('Pacing: by day 10 of 22 working days expect 71 MQLs.');
    // Each period's figure is divided from the yearly chain, once: 36 a week, not a chain re-rounded per week.
    await expect(page.getByTestId('calc-derivation').textContent()).resolves.toContain('Per week: 1,858 ÷ 52 = 35.73, rounded up to 36');
    // A rate changed here is marked as differing from the diagram, and can go back.
    await page.getByLabel('Win rate (opportunity → won) (%)').fill('30');
    await page.getByTestId('calc-differs-winRate').waitFor();
    await page.getByRole('button', { name: 'Use the diagram’s rate' }).click();
    await expect(page.getByTestId('calc-differs-winRate').count()).resolves.toBe(0);
    // An out-of-range rate is refused with its field named.
    await page.getByLabel('MQL → SAL rate (%)').fill('0');
    await page.getByRole('alert').filter({ hasText: 'MQL → SAL rate must be from 0.1 % to 100 %, not 0 %.' }).waitFor();
    await page.getByLabel('MQL → SAL rate (%)').fill('70');

    await page.getByRole('button', { name: 'Use in SLA' }).click();
    // Both deliveries, each in its own period, from the same yearly chain.
    expect(await page.getByLabel('Target (MQLs)').first().inputValue()).toBe('155');
    expect(await page.getByLabel('Target (MQLs)').nth(1).inputValue()).toBe('36');

    // Freeze: version 1 is locked and carries a fingerprint.
    await freeze(page);
    await expect.poll(() => page.getByTestId('signing-state').textContent(), { timeout: 15_000 }).toBe('Ready for signature');
    expect(await page.getByLabel('Effective date').isDisabled()).toBe(true);
    const v1Hash = (await page.getByTestId('sla-hash').textContent())!.trim();
    expect(v1Hash).toMatch(/^[0-9a-f]{64}$/);

    await sign(page, 'Maya Chen');
    await expect.poll(() => page.getByTestId('signing-state').textContent(), { timeout: 15_000 }).toBe('Partially signed');
    await sign(page, 'Diego Alvarez');
    await expect.poll(() => page.getByTestId('signing-state').textContent(), { timeout: 15_000 }).toBe('Signed and countersigned');
    await waitSaved(page);

    const v1Text = await exportedText(page, 'Export SLA PDF');
    // Every commitment, as its clause words it and as the table's target.
    const commitments = [
      'Deliver 155 marketing-qualified leads per month',
      'At least 70 % of delivered MQLs accepted by sales each month',
      'Deliver 36 marketing-qualified leads every Monday',
      'Qualify each MQL delivered on Monday by Wednesday of the delivery week for at least 90 % of MQLs each week',
      'Convert at least 38 % of delivered MQLs into SQLs each month',
      'First touch within 24 hours for at least 90 % of MQLs each month',
      '6 contact attempts within 10 days for at least 90 % of MQLs each month',
      'Disposition (accept, reject with reason, or recycle) within 14 days for at least 90 % of MQLs each month',
    ];
    for (const s of [
      'Maya Chen',
      'Diego Alvarez',
      'Northwind Analytics',
      ...commitments,
      '155 MQLs',
      '≥ 70 %',
      'by Wednesday',
      '≥ 38 %',
      '24 hours',
      '6 attempts',
      '14 days',
      'missed below 80 %',
      'Appendix A',
      'MQLs per week: 1,858 ÷ 52 = 35.73, rounded up: 36',
      'Audit trail',
    ]) {
      expect(v1Text).toContain(flat(s));
    }
    expect(v1Text).toContain(v1Hash);
    expect(v1Text).toMatch(/Page1of\d/);
    // The export is an event in the trail, and the chain still verifies.
    await expect.poll(() => page.getByTestId('audit-verdict').textContent(), { timeout: 15_000 }).toContain('Chain verified: 5 events');

    // Amend after signing: a draft of version 2 with a diff against version 1.
    await page.getByRole('button', { name: 'Amend…' }).click();
    await page.getByRole('button', { name: 'Amend: start version 2' }).click();
    await expect.poll(() => page.getByTestId('signing-state').textContent(), { timeout: 15_000 }).toBe('Draft');
    await page.getByLabel('Pilot term (months)').fill('6');
    const diff = page.getByTestId('amend-diff');
    await diff.getByText('Pilot term', { exact: true }).waitFor();
    await expect(diff.textContent()).resolves.toContain('Before: 3 monthsAfter: 6 months');
    await freeze(page);
    await expect.poll(() => page.getByTestId('signing-state').textContent(), { timeout: 15_000 }).toBe('Ready for signature');
    const v2Hash = (await page.getByTestId('sla-hash').textContent())!.trim();
    expect(v2Hash).not.toBe(v1Hash);
    await sign(page, 'Maya Chen');
    await sign(page, 'Diego Alvarez');
    await expect.poll(() => page.getByTestId('signing-state').textContent(), { timeout: 15_000 }).toBe('Signed and countersigned');
    await expect(page.getByTestId('version-1').textContent()).resolves.toContain('superseded');

    // Version 1 stays viewable and exportable, exactly as signed.
    await page.getByRole('button', { name: 'View version 1' }).click();
    await page.getByRole('dialog', { name: 'Version 1 as frozen' }).getByText(v1Hash).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    const again = await exportedText(page, 'Export version 1 PDF');
    expect(again).toContain(v1Hash);
    expect(again).toContain(flat('Version 1 has been superseded'));
    expect(again).toContain(flat('3 months'));
    const v2Text = await exportedText(page, 'Export version 2 PDF');
    expect(v2Text).toContain(v2Hash);
    expect(v2Text).toContain(flat('6 months'));
    await expect.poll(() => page.getByTestId('audit-verdict').textContent(), { timeout: 15_000 }).toContain('every link intact');
    expect(app.problems).toEqual([]);
  });

  it('keeps an edited clause, warns when its source data changes, and regenerates it', { timeout: 120_000 }, async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page.getByRole('button', { name: /^Service level agreement/ }).click();
    const term = page.getByRole('listitem', { name: /Term$/ });
    await term.getByRole('button', { name: 'Edit' }).click();
    await term.getByRole('textbox').fill('The pilot runs for one quarter from January 2027.');
    await term.getByRole('button', { name: 'Done' }).click();
    await term.getByText('Edited', { exact: true }).waitFor();
    await expect(page.getByTestId('clause-term-source-changed').count()).resolves.toBe(0);

    // The pilot term is what the term clause is written from.
    await page.getByLabel('Pilot term (months)').fill('6');
    await page.getByTestId('clause-term-source-changed').waitFor();
    await expect(term.textContent()).resolves.toContain('The pilot runs for one quarter from January 2027.');
    await term.getByRole('button', { name: 'Regenerate from the data' }).click();
    await expect(page.getByTestId('clause-term-source-changed').count()).resolves.toBe(0);
    await expect(term.textContent()).resolves.toContain('for a pilot term of 6 months');
    await waitSaved(page);
    expect(app.problems).toEqual([]);
  });
});
