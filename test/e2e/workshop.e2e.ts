import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drawSignature, openApp, waitSaved, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('a facilitator in browser mode', () => {
  it('creates a workshop, fills steps 1 and 2, and finds everything after a reload', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'New workshop' }).first().click();
    await page.getByLabel('Client company').fill('Acme Robotics');
    await page.getByLabel('Workshop title').fill('Q1 alignment');
    await page.getByLabel('Facilitator').fill('Ana Ribeiro');
    await page.getByLabel('Place').fill('Lisbon office');

    await page.getByRole('button', { name: 'Add participant' }).click();
    await page.getByLabel('Participant 1 name').fill('Maya Chen');
    await page.getByLabel('Participant 1 role').fill('VP Marketing');
    await page.getByRole('button', { name: 'Add participant' }).click();
    await page.getByLabel('Participant 2 name').fill('Diego Alvarez');
    await page.getByLabel('Participant 2 role').fill('Head of Sales');
    await expect(page.getByLabel('Participant 2 team').inputValue()).resolves.toBe('sales');
    await page.getByLabel('Executive sponsor').selectOption({ label: 'Maya Chen' });

    // Marking done too early names what is missing, next to a link that focuses it.
    await page.getByRole('button', { name: 'Mark step done' }).click();
    const summary = page.locator('#gap-summary');
    await expect(summary.textContent()).resolves.toContain('Maya Chen and Diego Alvarez have not agreed');
    await page.locator('.agreement-row', { hasText: 'Maya Chen' }).getByRole('checkbox').check();
    await page.locator('.agreement-row', { hasText: 'Diego Alvarez' }).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Mark step done' }).click();
    await page.getByText('✓ Step done').waitFor();

    await page
      .getByRole('button', { name: /^Goals/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Revenue', exact: true }).click();
    await page.getByLabel('Baseline (USD)').fill('1000000');
    const target = page.getByLabel('Target (USD)');
    await target.fill('1500000');
    await waitSaved(page);
    // A wrong value is refused next to the field and never replaces what was saved.
    await target.fill('lots');
    await page.getByText('Target: enter a number of at least 0.').waitFor();
    await page.getByLabel('Deadline').fill('2027-06-30');
    await page.getByRole('button', { name: 'Marketing agrees to these goals' }).click();
    await page.getByRole('button', { name: 'Sales agrees to these goals' }).click();
    await page.getByRole('button', { name: 'Mark step done' }).click();
    await page.getByText('✓ Step done').waitFor();
    await waitSaved(page);

    await page.reload();
    await page.getByText('Maya Chen agreed for marketing').waitFor();
    expect(await page.getByLabel('Target (USD)').inputValue()).toBe('1,500,000');
    expect(await page.getByLabel('Baseline (USD)').inputValue()).toBe('1,000,000');
    expect(await page.getByLabel('Deadline').inputValue()).toBe('2027-06-30');
    await page.getByRole('button', { name: /^Commit to work together/ }).click();
    expect(await page.getByLabel('Client company').inputValue()).toBe('Acme Robotics');
    expect(await page.getByLabel('Participant 2 name').inputValue()).toBe('Diego Alvarez');
    expect(await page.getByLabel('Executive sponsor').inputValue()).not.toBe('');
    await expect(page.locator('.rail').textContent()).resolves.toContain('2 of 10 steps done');

    await page.getByRole('button', { name: 'Accord — all workshops' }).click();
    const row = page.getByRole('row', { name: /Acme Robotics/ });
    await expect(row.textContent()).resolves.toContain('2 / 10');
    expect(app.problems).toEqual([]);
  });

  it('has two participants sign the sample SLA and exports a PDF carrying names, commitments and the hash', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page.getByRole('button', { name: /^Service level agreement/ }).click();
    await page.getByRole('button', { name: 'Freeze for signature' }).click();
    await page.getByRole('dialog', { name: 'Freeze version 1 for signature?' }).getByRole('button', { name: 'Freeze version 1' }).click();
    await expect.poll(() => page.getByTestId('signing-state').textContent(), { timeout: 15_000 }).toBe('Ready for signature');
    const hash = (await page.getByTestId('sla-hash').textContent({ timeout: 10_000 }))!.trim();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);

    for (const name of ['Maya Chen', 'Diego Alvarez']) {
      await page.getByRole('button', { name: `Sign as ${name}` }).click();
      await drawSignature(page);
      await page.getByRole('checkbox', { name: /I have read this service level agreement/ }).check();
      await page.getByRole('button', { name: 'Sign now' }).click();
      await page.getByRole('img', { name: `Signature of ${name}` }).waitFor();
    }
    await expect.poll(() => page.getByTestId('signing-state').textContent(), { timeout: 15_000 }).toBe('Signed and countersigned');
    // Signed content is frozen.
    expect(await page.getByLabel('Effective date').isDisabled()).toBe(true);
    await waitSaved(page);

    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Export SLA PDF' }).click();
    const dir = mkdtempSync(join(tmpdir(), 'accord-pdf-'));
    try {
      const file = join(dir, 'sla.pdf');
      await (await download).saveAs(file);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const flat = text.replace(/\s+/g, '');
      for (const s of [
        'Maya Chen',
        'Diego Alvarez',
        'Northwind Analytics',
        '155 marketing-qualified leads',
        '36 marketing-qualified leads every Monday',
        'by Wednesday',
        '24 hours',
        '6 contact attempts',
        '14 days',
      ]) {
        expect(flat).toContain(s.replace(/\s+/g, ''));
      }
      expect(flat).toContain(hash);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(app.problems).toEqual([]);
  });
});
