import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { findElectronRuntime, resolveElectronPackage } from '../../electron/launcher/runtime';
import { drawSignature } from './harness';

/**
 * The desktop path in a real Electron window: sealing lives in main, which the browser-mode
 * tests cannot reach. Runs whenever the Electron runtime is installed (a developer's laptop
 * after `npm start` fetched it); otherwise it is skipped with one line saying why, and counts
 * as skipped, never as passed. Native dialogs are answered from main (Playwright's
 * electronApp.evaluate), everything else is driven through the window as a user would.
 */
const ROOT = resolve('.');
const runtime = findElectronRuntime(resolveElectronPackage(ROOT));
const MAIN = join(ROOT, process.env.ACCORD_OUT_DIR ?? 'out', 'main', 'index.js');
if (!runtime.binary) {
  console.log(
    'desktop smoke test skipped: the Electron runtime is not installed here (npm install does not download it); run `npm start` once online, then `npm test`',
  );
}

let app: ElectronApplication | null = null;
const dir = mkdtempSync(join(tmpdir(), 'accord-desktop-'));
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!runtime.binary)('the desktop app in a real Electron window', () => {
  it(
    'signs and countersigns, exports the SLA sealed by main, verifies it, and keeps the key in safeStorage',
    { timeout: 240_000 },
    async () => {
      if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first`);
      const profile = join(dir, 'profile');
      app = await electron.launch({
        executablePath: runtime.binary!,
        args: [MAIN, `--user-data-dir=${profile}`],
        env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
      });
      const page = await app.firstWindow();
      const pdf = join(dir, 'sla.pdf');
      // The Save and Open dialogs are the operating system's: main answers them for the test.
      await app.evaluate(({ dialog }, path) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
        dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [path] })) as typeof dialog.showOpenDialog;
      }, pdf);

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
      await page.getByRole('button', { name: 'Export SLA PDF' }).click();
      await expect.poll(() => existsSync(pdf), { timeout: 60_000 }).toBe(true);
      expect(execFileSync('pdfsig', [pdf], { encoding: 'utf8' })).toContain('Signature is Valid');

      // Verify in the app: this install sealed both the PDF and its trail, so it is trusted.
      await page.getByRole('button', { name: 'Verify a signed SLA' }).click();
      await page.getByRole('button', { name: /Choose a PDF/ }).click();
      await page
        .getByTestId('verify-verdict')
        .filter({ hasText: /trusted/i })
        .waitFor();
      await expect(page.getByTestId('verify-verdict').getAttribute('data-verdict')).resolves.toBe('trusted');

      // The key is kept by safeStorage: encrypted at rest, never the JSON identity in plain text.
      const encryption = await app.evaluate(({ safeStorage }) => safeStorage.isEncryptionAvailable());
      expect(encryption).toBe(true);
      const keyFile = join(profile, 'seal-key.bin');
      expect(existsSync(keyFile)).toBe(true);
      expect(readFileSync(keyFile, 'latin1')).not.toContain('accord-seal-identity');
    },
  );
});
