import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';

let app: AppSession | null = null;
let dir: string | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

const pdfsig = (file: string) => execFileSync('pdfsig', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

async function exportSla(page: Page, file: string): Promise<void> {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Export SLA PDF' }).click();
  await (await download).saveAs(file);
}

/** Opens the Verify dialog from the top bar, picks `file` in the file chooser, returns the dialog. */
async function verifyInApp(page: Page, file: string) {
  const dialog = page.getByRole('dialog', { name: 'Verify a signed SLA' });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Verify a signed SLA' }).click();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /Choose a PDF|Check another PDF/ }).click();
  await (await chooser).setFiles(file);
  await dialog.getByTestId('verify-verdict').filter({ hasText: new RegExp(file.endsWith('tampered.pdf') ? 'Seal broken' : 'Seal intact') }).waitFor();
  return dialog;
}

describe('the sealed SLA PDF', () => {
  it('exports sealed from the app; pdfsig and the Verify dialog tell the original from a tampered copy', async () => {
    app = await openApp();
    dir = mkdtempSync(join(tmpdir(), 'accord-seal-e2e-'));
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page.getByRole('button', { name: 'Export SLA PDF' }).waitFor();

    const original = join(dir, 'sla.pdf');
    await exportSla(page, original);
    const sig = pdfsig(original);
    expect(sig).toContain('Signature is Valid');
    expect(sig).toContain('Total document signed');
    expect(sig).toContain('ETSI.CAdES.detached');

    // One changed digit in the page size: a reader still opens it, the seal must not hold.
    const bytes = readFileSync(original);
    const at = bytes.indexOf('/MediaBox [ 0 0 5', 0, 'latin1') + '/MediaBox [ 0 0 5'.length - 1;
    expect(at).toBeGreaterThan(0);
    const copy = Buffer.from(bytes);
    copy[at] = '4'.charCodeAt(0);
    const tampered = join(dir, 'tampered.pdf');
    writeFileSync(tampered, copy);
    expect(pdfsig(tampered)).not.toContain('Signature is Valid');

    const dialog = await verifyInApp(page, original);
    await expect(dialog.getByTestId('verify-verdict').getAttribute('data-status')).resolves.toBe('intact');
    await expect(dialog.getByTestId('verify-match').textContent()).resolves.toMatch(/^Matches version 1 of Northwind Analytics/);
    const hash = (await dialog.getByTestId('verify-hash').textContent())!.trim();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(execFileSync('pdftotext', [original, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain(hash);
    const text = (await dialog.textContent())!;
    expect(text).toContain('SLA version1');
    expect(text).toContain('ClientNorthwind Analytics');
    expect(text).toContain('(this computer)');
    const own = (await dialog.getByTestId('verify-own-seal').textContent())!;
    expect(text).toContain(`certificate SHA-256 ${own.replace(/^.*SHA-256\s*/, '').trim()}`);
    await expect(dialog.getByTestId('verify-other-install').count()).resolves.toBe(0);

    await verifyInApp(page, tampered);
    await expect(dialog.getByTestId('verify-verdict').textContent()).resolves.toContain('digest mismatch');
    await expect(dialog.getByTestId('verify-match').count()).resolves.toBe(0);

    // A file that is not a PDF gets a clear verdict, not a crash.
    const notes = join(dir, 'notes.pdf');
    writeFileSync(notes, 'meeting notes, not a PDF');
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Check another PDF…' }).click();
    await (await chooser).setFiles(notes);
    await dialog.getByTestId('verify-verdict').filter({ hasText: 'Not a PDF' }).waitFor();
    expect(app.problems).toEqual([]);
  });

  it('says when another install sealed a PDF, and when it matches no version of the open workshop', async () => {
    dir = mkdtempSync(join(tmpdir(), 'accord-seal-e2e-'));
    const cliPdf = join(dir, 'from-cli.pdf');
    // Sealed by the CLI's own key: another install, as far as the app is concerned.
    execFileSync(process.execPath, ['--import', 'tsx', 'electron/cli/accord.ts', 'export-sla', 'test/fixtures/workshop-sample.json', '--out', cliPdf], {
      env: { ...process.env, ACCORD_SEAL_DIR: join(dir, 'cli-key') },
      stdio: 'ignore',
    });
    app = await openApp();
    const { page } = app;
    const dialog = await verifyInApp(page, cliPdf);
    await expect(dialog.getByTestId('verify-own-seal').textContent()).resolves.toContain('has not sealed a PDF yet');
    await expect(dialog.getByTestId('verify-match').count()).resolves.toBe(0); // home screen: no workshop to match
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await exportSla(page, join(dir, 'app.pdf'));
    await verifyInApp(page, cliPdf);
    await dialog.getByTestId('verify-other-install').waitFor();
    await expect(dialog.getByTestId('verify-match').textContent()).resolves.toMatch(/^(Claims to be version 1 of Northwind Analytics, but matches none of its versions|Matches version)/);
    expect(app.problems).toEqual([]);
  });

  it('keeps the install key: a second export after a reload carries the same certificate', async () => {
    app = await openApp();
    dir = mkdtempSync(join(tmpdir(), 'accord-seal-e2e-'));
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    const first = join(dir, 'first.pdf');
    await exportSla(page, first);
    await page.reload();
    await page.getByRole('button', { name: 'Export SLA PDF' }).waitFor();
    const second = join(dir, 'second.pdf');
    await exportSla(page, second);
    const signer = (file: string) => /Signer full Distinguished Name: (.*)/.exec(pdfsig(file))?.[1];
    expect(signer(first)).toMatch(/CN=Accord seal [0-9a-f-]{36}/);
    expect(signer(second)).toBe(signer(first));
    expect(app.problems).toEqual([]);
  });
});
