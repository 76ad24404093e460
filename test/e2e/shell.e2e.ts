import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, waitSaved, type AppSession } from './harness';

/**
 * The shell a facilitator walks through in front of a room: the top bar on one row in every
 * language and timer state, home without the last workshop's chrome, each step opening at its
 * top with focus (and no focus box) on its title, a rail that stays in view, toasts that keep
 * off the rail and out from behind dialogs, and "still missing" links that land on the control.
 */
let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';
const SHOTS = join('test-results', 'shell');

const openSample = async (page: Page) => {
  await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
  await page.locator('#step-title').waitFor();
};

/** The top bar's height and whether anything in it sits below its first row or outside it. */
const topBarLayout = (page: Page) =>
  page.evaluate(() => {
    const bar = document.querySelector('.topbar')!;
    const box = bar.getBoundingClientRect();
    const exportSla = bar.querySelector('[data-testid="export-sla"]');
    const kids = [...bar.children].map((c) => c.getBoundingClientRect());
    return {
      height: box.height,
      overflow: bar.scrollWidth - bar.clientWidth,
      // Every item's middle on the bar's one row.
      rows: new Set(kids.filter((r) => r.width > 0).map((r) => Math.round((r.top + r.bottom) / 2 / 10))).size,
      exportTop: exportSla ? exportSla.getBoundingClientRect().top - box.top : -1,
      exportRight: exportSla ? exportSla.getBoundingClientRect().right : -1,
    };
  });

describe('the shell in front of a room', () => {
  for (const [locale, start, pause, openPresenter] of [
    ['en-GB', 'Start the step timer', 'Pause the step timer', 'Open the presenter view'],
    ['pt-BR', 'Iniciar o cronômetro da etapa', 'Pausar o cronômetro da etapa', 'Abrir o modo apresentador'],
    ['es-ES', 'Iniciar el temporizador del paso', 'Pausar el temporizador del paso', 'Abrir la vista de presentación'],
    ['zh-CN', '开始步骤计时', '暂停步骤计时', '打开演示视图'],
  ] as const) {
    it(`keeps the top bar on one row at 1366 px in ${locale}, timer running or paused, presenter open or not`, async () => {
      mkdirSync(SHOTS, { recursive: true });
      app = await openApp({ locale });
      const { page, context } = app;
      await openSample(page);
      // The timer runs for step 4 while the room is on step 6: the widest timer ("Step 4 … Time step 6").
      await page.locator('.rail-step').nth(3).click();
      await page.getByTestId('step-timer').getByRole('button', { name: start }).click();
      await page.locator('.rail-step').nth(5).click();
      await page.getByTestId('step-timer').locator('.step-timer-switch').waitFor();
      const check = async (state: string) => {
        const l = await topBarLayout(page);
        expect(l, `${locale}, ${state}`).toMatchObject({ height: 60, overflow: 0, rows: 1 });
        expect(l.exportTop, `${locale}, ${state}: Export SLA PDF on the first row`).toBeLessThan(20);
        expect(l.exportRight).toBeLessThanOrEqual(1366);
      };
      await check('running');
      await page.getByTestId('step-timer').getByRole('button', { name: pause }).click();
      await check('paused');
      const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: openPresenter }).click()]);
      await presenter.getByTestId('presenter').waitFor();
      await page.getByTestId('presenter-blank-toggle').waitFor();
      await check('paused, presenter open');
      await page.screenshot({ path: join(SHOTS, `topbar-${locale}.png`), clip: { x: 0, y: 0, width: 1366, height: 80 } });
      expect(app.problems.filter((p) => !p.includes('favicon'))).toEqual([]);
    });
  }

  it('goes home by the logo without the last workshop’s chrome: no client, no timer, no Export SLA PDF', async () => {
    app = await openApp();
    const { page } = app;
    await openSample(page);
    await page.getByTestId('step-timer').getByRole('button', { name: 'Start the step timer' }).click();
    await page.getByRole('button', { name: 'Accord — all workshops' }).click();
    await page.getByRole('heading', { level: 1, name: 'Workshops' }).waitFor();
    const bar = page.locator('.topbar');
    expect(await bar.getByText('Northwind Analytics').count()).toBe(0);
    expect(await page.getByTestId('step-timer').count()).toBe(0);
    expect(await bar.getByRole('button', { name: 'Export SLA PDF' }).count()).toBe(0);
    expect(await bar.getByRole('button', { name: 'Export report' }).count()).toBe(0);
    // Verify and Settings stay, Verify with its label (the bar has room at home).
    await bar.getByRole('button', { name: 'Verify a signed SLA' }).waitFor();
    expect(await bar.locator('.topbar-verify-label').isVisible()).toBe(true);
    // Back in the workshop, its chrome comes back, and the timer kept running.
    await openSample(page);
    expect(await page.getByTestId('step-timer').getAttribute('data-status')).toBe('running');
  });

  it('opens each step at its top with focus on its title (no focus box), and keeps the rail in view', async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await openApp({ viewport: { width: 1366, height: 768 } });
    const { page } = app;
    await page.evaluate(() => localStorage.setItem('accord.theme', 'projector'));
    await page.reload();
    await openSample(page);
    await page
      .locator('.rail')
      .getByRole('button', { name: /^Lead process/ })
      .click();
    await page.locator('#step-title', { hasText: 'Lead process' }).waitFor();
    await page.locator('.react-flow__node').first().waitFor();
    // Scrolled to the bottom, where "Next step →" is: the rail is still there.
    const toBottom = () => page.evaluate(() => (window.scrollTo(0, document.documentElement.scrollHeight), window.scrollY));
    await expect.poll(toBottom).toBeGreaterThan(200);
    const rail = await page.locator('.rail').boundingBox();
    expect(Math.abs(rail!.y - 60)).toBeLessThanOrEqual(1);
    expect(
      await page
        .locator('.rail')
        .getByRole('button', { name: /^Target buyer/ })
        .isVisible(),
    ).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'rail-scrolled.png') });

    const titleState = () =>
      page.evaluate(() => {
        const title = document.getElementById('step-title')!;
        const r = title.getBoundingClientRect();
        return {
          focused: document.activeElement === title,
          scrollY: window.scrollY,
          inView: r.top >= 0 && r.bottom <= window.innerHeight,
          outline: getComputedStyle(title).outlineStyle,
          text: title.textContent,
        };
      });
    // With the mouse: "Next step →" at the bottom.
    await page.getByRole('button', { name: 'Qualified-lead definition →' }).click();
    await page.locator('#step-title', { hasText: 'Qualified-lead definition' }).waitFor();
    await expect.poll(titleState).toEqual({ focused: true, scrollY: 0, inView: true, outline: 'none', text: 'Qualified-lead definition' });
    await page.screenshot({ path: join(SHOTS, 'next-step-top.png') });
    // With the keyboard, from the bottom of the page: the same, and still no focus box.
    await page.locator('#ql-sim-h').waitFor();
    await expect.poll(toBottom).toBeGreaterThan(200);
    await page.locator('body').press('Alt+ArrowRight');
    await page.locator('#step-title', { hasText: 'Lead hand-off' }).waitFor();
    await expect.poll(titleState).toEqual({ focused: true, scrollY: 0, inView: true, outline: 'none', text: 'Lead hand-off' });
    // From the rail, too: the next Tab starts in the step, not back on the rail.
    await page
      .locator('.rail')
      .getByRole('button', { name: /^Metrics/ })
      .click();
    await expect.poll(titleState).toMatchObject({ focused: true, scrollY: 0, text: 'Metrics' });
  });

  it('shows toasts above the content’s bottom edge, off the rail, gone on the next step unless they carry an Undo, and reachable in a dialog', async () => {
    app = await openApp();
    const { page } = app;
    await openSample(page);
    await page
      .locator('.rail')
      .getByRole('button', { name: /^Lead hand-off/ })
      .click();
    await page.locator('#step-title', { hasText: 'Lead hand-off' }).waitFor();
    const attempts = page.getByRole('button', { name: /^Remove attempt \d+$/ });
    await attempts.first().waitFor();
    const count = await attempts.count();
    await page.getByRole('button', { name: 'Remove attempt 1' }).click();
    const undoToast = page.locator('.toast', { hasText: 'Removed attempt 1.' });
    await undoToast.waitFor();
    const [toast, rail, viewport] = [await undoToast.boundingBox(), await page.locator('.rail').boundingBox(), page.viewportSize()!];
    expect(toast!.x).toBeGreaterThanOrEqual(rail!.x + rail!.width);
    expect(toast!.y + toast!.height).toBeLessThan(viewport.height);

    // A toast without an Undo ("Decision added") goes with the step; the Undo stays.
    await page.keyboard.press(`${MOD}+j`);
    const quick = page.getByRole('dialog', { name: 'Quick capture' });
    await quick.getByLabel('What was decided').fill('Six attempts, phone first.');
    await quick.getByLabel('What was decided').press('Enter');
    const added = page.locator('.toast', { hasText: 'Decision added to the log.' });
    await added.waitFor();
    await page
      .locator('.rail')
      .getByRole('button', { name: /^Service level agreement/ })
      .click();
    await page.locator('#step-title', { hasText: 'Service level agreement' }).waitFor();
    await added.waitFor({ state: 'detached' });
    expect(await undoToast.isVisible()).toBe(true);

    // A dialog opens over it: the Undo moves into the dialog (not behind its overlay) and works.
    await page.keyboard.press(`${MOD}+k`);
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.waitFor();
    await expect.poll(() => palette.locator('.toast', { hasText: 'Removed attempt 1.' }).count()).toBe(1);
    const undo = palette.locator('.toast').getByRole('button', { name: 'Undo' });
    // On top: what the mouse would hit at the button's centre is the button.
    const hit = await undo.evaluate((b) => {
      const r = b.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === b;
    });
    expect(hit).toBe(true);
    await undo.click();
    await page.keyboard.press('Escape');
    await page
      .locator('.rail')
      .getByRole('button', { name: /^Lead hand-off/ })
      .click();
    await expect.poll(() => attempts.count()).toBe(count);
    expect(app.problems.filter((p) => !p.includes('favicon'))).toEqual([]);
  });

  it('takes a "still missing" link to the control that is missing, not to its group', async () => {
    app = await openApp();
    const { page } = app;
    await openSample(page);
    // Priya has not agreed yet; step 1 is reopened and marked done again.
    await page.getByRole('checkbox', { name: /Priya Nair/ }).uncheck();
    await page.getByRole('button', { name: 'Reopen step' }).click();
    await page.getByRole('button', { name: 'Mark step done' }).click();
    await page
      .locator('#gap-summary')
      .getByRole('button', { name: /Priya Nair has not agreed/ })
      .click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');
    expect(await page.getByRole('checkbox', { name: /Priya Nair/ }).evaluate((el) => el === document.activeElement)).toBe(true);
    await waitSaved(page);
  });
});
