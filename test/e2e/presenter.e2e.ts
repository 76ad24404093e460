import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawSignature, openApp, type AppSession } from './harness';
import { sampleWorkshop } from '../../shared/workshop/sample';

/**
 * The presenter view projects the work: each step's artefact fills the wall at 1920×1080 and
 * 1280×720, it follows the facilitator's step and that step's own timer, B blanks it (in either
 * window), and nothing private reaches it. Screenshots go to test-results/presenter/ (and, for
 * the README, assets/screenshots/presenter-*.png at 1280×720).
 */
let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';
const SHOTS = join('test-results', 'presenter');
const PRIVATE = 'Parked: the CFO may cut the events budget';

/** The box the artefact's content covers (cards, rows, diagram nodes), as a share of the window. */
async function coverage(p: Page): Promise<{ width: number; height: number; area: number }> {
  return p.evaluate(() => {
    const root = document.querySelector('[data-testid="presenter-artefact"]');
    if (!root) return { width: 0, height: 0, area: 0 };
    const nodes = root.querySelectorAll('.react-flow__node');
    const parts = nodes.length > 0 ? [...nodes] : [...(root.querySelector('.fit-inner')?.children ?? [])];
    const rects = parts.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) return { width: 0, height: 0, area: 0 };
    const left = Math.min(...rects.map((r) => r.left));
    const right = Math.max(...rects.map((r) => r.right));
    const top = Math.min(...rects.map((r) => r.top));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    const w = (right - left) / window.innerWidth;
    const h = (bottom - top) / window.innerHeight;
    return { width: w, height: h, area: w * h };
  });
}

async function goTo(page: Page, presenter: Page, rail: RegExp, title: string) {
  await page.locator('.rail').getByRole('button', { name: rail }).click();
  await page.locator('#step-title', { hasText: title }).waitFor();
  await presenter.getByTestId('presenter').locator('h1', { hasText: title }).waitFor();
}

async function openPresenter(page: Page, viewport: { width: number; height: number }) {
  const [presenter] = await Promise.all([
    app!.context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open the presenter view' }).click(),
  ]);
  await presenter.setViewportSize(viewport);
  await presenter.getByTestId('presenter').waitFor();
  return presenter;
}

async function sign(page: Page, name: string) {
  await page.getByRole('button', { name: `Sign as ${name}` }).click();
  await drawSignature(page);
  await page.getByRole('checkbox', { name: /I have read this service level agreement/ }).check();
  await page.getByRole('button', { name: 'Sign now' }).click();
  await page.getByRole('img', { name: `Signature of ${name}` }).waitFor();
}

describe('presenter view', () => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;

    it(`projects each step's artefact, filling the wall at ${size}, and follows the facilitator`, { timeout: 240_000 }, async () => {
      mkdirSync(SHOTS, { recursive: true });
      app = await openApp();
      const { page } = app;
      await page.clock.install({ time: new Date('2026-12-03T09:00:00Z') });
      await page.reload();
      await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
      await page.locator('#step-title', { hasText: 'Commit to work together' }).waitFor();

      // A parking-lot item: the room's aside, never projected.
      await page.keyboard.press(`${MOD}+j`);
      const quick = page.getByRole('dialog', { name: 'Quick capture' });
      await quick.getByLabel('Parking lot').check();
      await quick.getByLabel('What to come back to').fill(PRIVATE);
      await quick.getByRole('button', { name: 'Add to parking lot' }).click();
      await quick.waitFor({ state: 'detached' });

      await page.getByTestId('step-timer').getByRole('button', { name: 'Start the step timer' }).click();
      const presenter = await openPresenter(page, viewport);
      const view = presenter.getByTestId('presenter');
      await view.locator('h1', { hasText: 'Commit to work together' }).waitFor();
      // The agenda position and the step's own clock, live.
      await expect.poll(() => presenter.getByTestId('presenter-position').textContent()).toBe('Step 1 of 10 · 25 min left');
      await expect.poll(() => presenter.getByTestId('presenter-clock').textContent()).toMatch(/^(25:00|24:5\d)$/);
      // While a presenter is open, the facilitator sees that B blanks it.
      const hint = page.getByTestId('presenter-blank-toggle');
      expect(await hint.locator('kbd').textContent()).toBe('B');
      expect(await hint.getByText('blanks', { exact: true }).isVisible()).toBe(true);

      const steps: { rail: RegExp; title: string; key: string; check(): Promise<void> }[] = [
        {
          rail: /^Commit to work together/,
          title: 'Commit to work together',
          key: 'commitment',
          check: () => view.getByText('5 of 5 agreed').waitFor(),
        },
        {
          rail: /^Target buyer/,
          title: 'Target buyer',
          key: 'personas',
          check: async () => expect(await view.getByTestId('presenter-persona').count()).toBe(3),
        },
        {
          rail: /^Lead process/,
          title: 'Lead process',
          key: 'diagram',
          check: async () => {
            // The diagram itself, read-only: its stages as cards, won and lost as two ends (not a chain of names).
            await presenter.locator('.react-flow__node').first().waitFor();
            expect(await presenter.locator('.react-flow__node').count()).toBe(8);
            expect(await view.textContent()).not.toContain('→ Won → Lost');
            expect(await view.locator('.pv-end').allTextContents()).toEqual(['Won', 'Lost']);
            const [won, lost] = await Promise.all(
              ['Won', 'Lost'].map((n) => presenter.locator('.react-flow__node', { hasText: n }).boundingBox()),
            );
            // The two ends sit side by side at the end of the process, one above the other.
            expect(Math.abs(won!.x - lost!.x)).toBeLessThan(4);
            expect(await presenter.locator('.react-flow__node').first().getAttribute('draggable')).not.toBe('true');
          },
        },
        { rail: /^Lead hand-off/, title: 'Lead hand-off', key: 'handoff', check: () => view.getByText('24 hours').waitFor() },
        {
          rail: /^Service level agreement/,
          title: 'Service level agreement',
          key: 'sla',
          check: async () => {
            expect(await view.getByTestId('presenter-commitments').locator('tr').count()).toBe(sampleWorkshop().sla.commitments.length);
            expect(await view.getByTestId('presenter-chain').textContent()).toContain('1,858');
            expect(await view.getByTestId('presenter-signer').count()).toBe(3);
          },
        },
        { rail: /^Metrics/, title: 'Metrics', key: 'scoreboard', check: () => view.getByText('MQL volume').first().waitFor() },
        {
          rail: /^Feedback and optimisation/,
          title: 'Feedback and optimisation',
          key: 'compliance',
          check: () => view.getByTestId('presenter-compliance').waitFor(),
        },
      ];
      for (const s of steps) {
        await goTo(page, presenter, s.rail, s.title);
        await s.check();
        await presenter.waitForTimeout(300); // React Flow's fit and the type's fit settle
        const c = await coverage(presenter);
        if (process.env.ACCORD_DEBUG) console.log(size, s.key, c);
        // Most of the wall: the artefact spans nearly the full width and at least half the height.
        expect(c.width, `${s.key} width`).toBeGreaterThan(0.8);
        expect(c.height, `${s.key} height`).toBeGreaterThan(s.key === 'diagram' ? 0.25 : 0.45);
        expect(await view.textContent()).not.toContain(PRIVATE);
        await presenter.screenshot({ path: join(SHOTS, `${size}-${s.key}.png`) });
      }

      // The clock is the step's own: step 4 is not being timed, so it shows its timebox, never step 1's timer.
      await goTo(page, presenter, /^Lead process/, 'Lead process');
      expect(await presenter.getByTestId('presenter-position').textContent()).toBe('Step 4 of 10 · 45 min planned');
      expect(await presenter.getByTestId('presenter-clock').textContent()).toBe('45:00');
      expect(await presenter.getByTestId('presenter-timer').getAttribute('data-live')).toBe('false');
      await page.getByTestId('step-timer').getByRole('button', { name: 'Time step 4' }).click();
      await expect.poll(() => presenter.getByTestId('presenter-timer').getAttribute('data-live')).toBe('true');
      await page.clock.fastForward('20:00');
      await expect.poll(() => presenter.getByTestId('presenter-position').textContent()).toBe('Step 4 of 10 · 25 min left');

      // B blanks the wall from the presenter window, and the facilitator's window says so; B there shows it again.
      await presenter.keyboard.press('b');
      await expect.poll(() => view.getAttribute('data-blank')).toBe('true');
      // Nothing on the wall but black (the one heading is for screen readers only).
      expect(await view.evaluate((el) => [...el.children].map((c) => c.className))).toEqual(['sr-only']);
      expect(await view.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
      await expect.poll(() => page.getByTestId('presenter-blank-toggle').getAttribute('aria-pressed')).toBe('true');
      await page.locator('#step-title').click();
      await page.keyboard.press('b');
      await expect.poll(() => view.getAttribute('data-blank')).toBe('false');
      await view.locator('h1', { hasText: 'Lead process' }).waitFor();

      const { violations } = await new AxeBuilder({ page: presenter }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(
        violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          ),
      ).toEqual([]);
      expect(app.problems.filter((p) => !p.includes('favicon'))).toEqual([]);
    });
  }

  it('shows the last simulated lead on step 5 and fills in each signature as people sign', { timeout: 240_000 }, async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page
      .locator('.rail')
      .getByRole('button', { name: /^Qualified-lead definition/ })
      .click();
    await page.locator('#step-title', { hasText: 'Qualified-lead definition' }).waitFor();
    const presenter = await openPresenter(page, { width: 1920, height: 1080 });
    const view = presenter.getByTestId('presenter');
    await view.getByTestId('presenter-lead').waitFor();
    expect(await view.getByTestId('presenter-lead').textContent()).toContain('Try a lead in the simulator');

    // A lead typed into the simulator on the laptop: its score and the criteria it matched, on the wall.
    await page.locator('#ql-sim-title').fill('VP Finance');
    await page.locator('#ql-sim-industry').fill('Software');
    await page.locator('#ql-sim-companySize').fill('600');
    await expect.poll(() => view.getByTestId('presenter-lead').textContent()).toContain('VP Finance · Software');
    expect(Number(await view.getByTestId('presenter-lead-total').textContent())).toBeGreaterThan(0);
    expect(await view.locator('[data-testid="presenter-criterion"][data-matched="true"]').count()).toBeGreaterThan(0);
    await presenter.screenshot({ path: join(SHOTS, '1920x1080-scoring.png') });

    // Step 7: frozen, then each signature appears on the wall as it is given.
    await page
      .locator('.rail')
      .getByRole('button', { name: /^Service level agreement/ })
      .click();
    await view.locator('h1', { hasText: 'Service level agreement' }).waitFor();
    await page.getByRole('button', { name: 'Freeze for signature' }).click();
    // A confirmation, where the SLA step asks for one.
    const confirm = page.getByRole('dialog').getByRole('button', { name: /^Freeze/ });
    if (await confirm.isVisible({ timeout: 1500 }).catch(() => false)) await confirm.click();
    await expect
      .poll(() => presenter.getByTestId('presenter-sla-state').textContent(), { timeout: 15_000 })
      .toBe('Version 1 · Ready for signature');
    const maya = view.getByTestId('presenter-signer').filter({ hasText: 'Maya Chen' });
    expect(await maya.getAttribute('data-state')).toBe('waiting');
    await sign(page, 'Maya Chen');
    await expect.poll(() => maya.getAttribute('data-state'), { timeout: 15_000 }).toBe('signed');
    expect(await presenter.getByTestId('presenter-sla-state').textContent()).toBe('Version 1 · Partially signed');
    expect(await view.getByTestId('presenter-signer').filter({ hasText: 'Diego Alvarez' }).getAttribute('data-state')).toBe('waiting');
    await sign(page, 'Diego Alvarez');
    await expect
      .poll(() => presenter.getByTestId('presenter-sla-state').textContent(), { timeout: 15_000 })
      .toBe('Version 1 · Signed and countersigned');
    await presenter.screenshot({ path: join(SHOTS, '1920x1080-sla-signed.png') });
    await presenter.setViewportSize({ width: 1280, height: 720 });
    await presenter.waitForTimeout(300);
    await presenter.screenshot({ path: join(SHOTS, '1280x720-sla-signed.png') });
    expect(app.problems.filter((p) => !p.includes('favicon'))).toEqual([]);
  });
});
