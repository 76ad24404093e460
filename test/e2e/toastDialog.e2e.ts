import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawSignature, openApp, type AppSession } from './harness';

/**
 * A toast never sits over a dialog: freezing the SLA says so in a toast, and the signing dialog
 * opened right after keeps every one of its controls clear of it (the toast docks at the
 * dialog's foot, after its buttons), in the standard display and on the projector at 1366×768,
 * where the dialog is tallest.
 */
let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/** Controls of the open dialog in view whose middle is covered by something else (a toast). */
const coveredControls = (page: Page) =>
  page.getByRole('dialog').evaluate((dialog) => {
    const covered: string[] = [];
    const controls = dialog.querySelectorAll<HTMLElement>('button, input, textarea, select, canvas, [data-testid="signature-pad"]');
    for (const el of controls) {
      if (el.closest('.toast') || !el.checkVisibility()) continue;
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (y < 0 || y > window.innerHeight || x < 0 || x > window.innerWidth) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && hit !== el && !el.contains(hit) && !hit.contains(el))
        covered.push(`${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}”`);
    }
    return covered;
  });

describe('toasts and the signing dialog', () => {
  for (const theme of ['standard', 'projector'] as const) {
    it(`keep every control of the signing dialog clear of a toast (${theme})`, { timeout: 120_000 }, async () => {
      mkdirSync('test-results/toast-dialog', { recursive: true });
      app = await openApp();
      const { page } = app;
      await page.evaluate((t) => localStorage.setItem('accord.theme', t), theme);
      await page.reload();
      await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
      await page
        .locator('.rail')
        .getByRole('button', { name: /^Service level agreement/ })
        .click();
      await page.getByRole('button', { name: 'Freeze for signature' }).click();
      const freeze = page.getByRole('dialog', { name: 'Freeze version 1 for signature?' });
      if ((await freeze.getByTestId('freeze-override').count()) > 0) {
        await freeze.getByRole('checkbox').check();
        await freeze.getByLabel('Why the room signs with them').fill('Accepted for the pilot.');
      }
      await freeze.locator('.btn-primary').click();
      await page.locator('.toast').first().waitFor();
      await page.getByRole('button', { name: 'Sign as Maya Chen' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('signature-pad').waitFor();
      // The toast came along, inside the dialog (reachable), and covers none of it. Checked at
      // once: it leaves after its 8 seconds.
      await dialog.locator('.toast').first().waitFor();
      expect(await coveredControls(page)).toEqual([]);
      // Scrolled to its end (the dialog may be taller than the window on the projector): still clear.
      await dialog.evaluate((d) => {
        for (const el of [d, ...d.querySelectorAll<HTMLElement>('*')])
          if (el.scrollHeight > el.clientHeight + 1) el.scrollTop = el.scrollHeight;
      });
      expect(await coveredControls(page)).toEqual([]);
      await page.screenshot({ path: join('test-results/toast-dialog', `signing-${theme}.png`) });
      await drawSignature(page);
      await dialog.getByRole('checkbox').check();
      await dialog.getByRole('button', { name: 'Sign now' }).click();
      await page.getByRole('img', { name: 'Signature of Maya Chen' }).waitFor();
      expect(app.problems.filter((p) => !p.includes('favicon'))).toEqual([]);
    });
  }
});
