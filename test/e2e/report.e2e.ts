import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/** Chromium asks for /favicon.ico, which the app does not ship; only that 404 is tolerated. */
const FAVICON_404 = 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)';

describe('workshop report in browser mode', () => {
  it('exports the sample workshop report from the top bar, showing progress, with every step in it', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page.getByRole('button', { name: /^Commit to work together/ }).waitFor();

    // Record every label the report button shows while it works (the progress the room sees).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __reportLabels: string[] }).__reportLabels = seen;
      const button = [...document.querySelectorAll('header button')].find((b) => b.textContent === 'Export report')!;
      new MutationObserver(() => seen.push(button.textContent ?? '')).observe(button, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Export report' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Workshop report - Northwind Analytics.pdf');
    const labels = await page.evaluate(() => (window as unknown as { __reportLabels: string[] }).__reportLabels);
    expect(labels).toEqual(expect.arrayContaining(['Laying out the pages…']));
    // Idle again once the file is handed over.
    await page.getByRole('button', { name: 'Export report' }).waitFor();
    expect(await page.getByRole('button', { name: 'Export report' }).isEnabled()).toBe(true);

    const dir = mkdtempSync(join(tmpdir(), 'accord-report-e2e-'));
    try {
      const path = join(dir, 'report.pdf');
      await file.saveAs(path);
      const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
      const flat = text.replace(/\s+/g, '');
      for (const s of [
        'Workshop report',
        'Contents',
        'Commitment to work together',
        'Target buyer',
        'Data-driven Dana',
        'Lead process',
        'A lead is an MQL when its score (fit plus engagement, minus negative points) reaches 60 points',
        'Service level agreement',
        'Metrics',
        'Technology',
        'Meeting plan',
        'Weekly triage',
        'One scoreboard for both teams, read every Monday in the weekly triage.',
        'Build the step-8 scoreboard as a Looker dashboard both teams can open',
        'Parking lot',
      ]) {
        expect(flat).toContain(s.replace(/\s+/g, ''));
      }
      const pages = text.split('\f').filter((p) => p.trim() !== '').length;
      expect(pages).toBeGreaterThanOrEqual(15);
      expect(text).toContain(`Page ${pages} of ${pages}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(app.problems.filter((p) => p !== FAVICON_404)).toEqual([]);
  });
});
