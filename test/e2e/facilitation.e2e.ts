import AxeBuilder from '@axe-core/playwright';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openApp, waitSaved, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';
const ORANGE = 'rgb(163, 77, 0)'; // --timer-warning-bg
const RED = 'rgb(179, 38, 30)'; // --timer-critical-bg

const background = (l: Locator) => l.evaluate((el) => getComputedStyle(el).backgroundColor);

/** "6:30" → 390. The fake clock still flows at real speed between steps, so allow a few seconds. */
const seconds = (clock: string | null) => {
  const [m, s] = (clock ?? '').split(':').map(Number);
  return (m ?? NaN) * 60 + (s ?? NaN);
};
const about = async (l: Locator, clock: string) => {
  const want = seconds(clock);
  await expect.poll(async () => want - seconds(await l.textContent())).toBeGreaterThanOrEqual(0);
  expect(want - seconds(await l.textContent())).toBeLessThanOrEqual(5);
};

/** Serious and critical WCAG 2.1 A/AA violations, one line each (as test/e2e/a11y.e2e.ts). */
async function seriousViolations(page: Page, screen: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen}: ${v.id} ×${v.nodes.length}: ${v.nodes
          .slice(0, 2)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

async function runPalette(page: Page, query: string) {
  await page.keyboard.press(`${MOD}+k`);
  const input = page.getByRole('combobox', { name: 'Command palette' });
  await input.fill(query);
  await input.press('Enter');
}

describe('facilitation in browser mode', () => {
  it('runs the step timer through orange and red, keeps the presenter view in step, and captures from the palette across a reload', async () => {
    app = await openApp();
    const { page, context } = app;
    // A controllable clock for the facilitator's page and every page opened after it.
    await page.clock.install({ time: new Date('2026-12-03T09:00:00Z') });
    await page.reload();
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page
      .locator('.rail')
      .getByRole('button', { name: /^Goals/ })
      .click();
    await page.locator('#step-title', { hasText: 'Goals' }).waitFor();

    // Goals has a 35-minute timebox: orange from 7:00 left (20 %), red from 1:45 left (5 %).
    const timer = page.getByTestId('step-timer');
    const remaining = page.getByTestId('timer-remaining');
    expect(await remaining.textContent()).toBe('35:00');
    await timer.getByRole('button', { name: 'Start the step timer' }).click();
    await page.clock.fastForward('10:00');
    await about(remaining, '25:00');
    expect(await timer.getAttribute('data-phase')).toBe('normal');
    expect(await background(timer)).not.toBe(ORANGE);

    await page.clock.fastForward('18:30');
    await expect.poll(() => timer.getAttribute('data-phase')).toBe('warning');
    expect(await background(timer)).toBe(ORANGE);
    await about(remaining, '6:30');
    await expect.poll(() => timer.textContent()).toContain('wrap up');

    await page.clock.fastForward('05:00');
    await expect.poll(() => timer.getAttribute('data-phase')).toBe('critical');
    expect(await background(timer)).toBe(RED);
    await about(remaining, '1:30');

    // More time takes it out of red; pausing stops the clock.
    await timer.getByRole('button', { name: 'Add 5 minutes' }).click();
    await expect.poll(() => timer.getAttribute('data-phase')).toBe('warning');
    await about(remaining, '6:30');
    await timer.getByRole('button', { name: 'Pause the step timer' }).click();
    const paused = await remaining.textContent();
    await page.clock.fastForward('03:00');
    expect(await remaining.textContent()).toBe(paused);
    await timer.getByRole('button', { name: 'Resume the step timer' }).click();

    // The presenter view is a new window of the same origin, on the step being shown.
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open the presenter view' }).click(),
    ]);
    const view = presenter.getByTestId('presenter');
    await view.locator('h1', { hasText: 'Goals' }).waitFor();
    await expect.poll(() => presenter.getByTestId('presenter-timer').textContent()).toMatch(/^6:[2-3]\dwrap up$/);

    // It follows the facilitator: a step change shows that step's own clock (its timebox while the
    // timer still runs for step 2), never another step's timer.
    await page.keyboard.press('Alt+ArrowRight');
    await page.locator('#step-title', { hasText: 'Target buyer' }).waitFor();
    await view.locator('h1', { hasText: 'Target buyer' }).waitFor();
    expect(await view.getAttribute('data-step')).toBe('targetBuyer');
    expect(await presenter.getByTestId('presenter-timer').textContent()).toBe('40:00timebox');
    await timer.getByRole('button', { name: 'Time step 3' }).click();
    await expect.poll(() => presenter.getByTestId('presenter-timer').textContent()).toMatch(/^(40:00|39:5\d)on time$/);
    await page.clock.fastForward('33:00');
    await expect.poll(() => presenter.getByTestId('presenter-timer').getAttribute('data-phase')).toBe('warning');
    await about(remaining, '7:00');

    // Capture from the palette: a decision, then an action item with an owner and a due date.
    await runPalette(page, 'decision');
    const quick = page.getByRole('dialog', { name: 'Quick capture' });
    await quick.getByLabel('What was decided').fill('Personas are reviewed with sales every quarter.');
    await quick.getByLabel('What was decided').press('Enter');
    await quick.waitFor({ state: 'detached' });
    await page.locator('.toast', { hasText: 'Decision added to the log.' }).waitFor();
    // The room sees it on the presenter view at once.
    await presenter.getByText('Personas are reviewed with sales every quarter.').waitFor();

    await runPalette(page, 'action item');
    await quick.getByLabel('What needs doing').fill('Interview three lost customers for the persona');
    await quick.getByLabel('Owner').selectOption({ label: 'Priya Nair' });
    await quick.getByLabel('Due date').fill('2026-12-18');
    await quick.getByRole('button', { name: 'Add action item' }).click();
    await quick.waitFor({ state: 'detached' });

    // An empty capture is refused with a message naming what is missing.
    await page.keyboard.press(`${MOD}+j`);
    await quick.getByRole('button', { name: 'Add decision' }).click();
    await quick.getByText('Decision: write what was said before adding it.').waitFor();
    await page.keyboard.press('Escape');

    // Jump to a step from the palette.
    await runPalette(page, 'step 5');
    await page.locator('#step-title', { hasText: 'Qualified-lead definition' }).waitFor();

    // After a reload: the captures are in the panel and the timer is still running on step 3.
    await waitSaved(page);
    await page.reload();
    await page.locator('#step-title', { hasText: 'Qualified-lead definition' }).waitFor();
    await about(page.getByTestId('timer-remaining'), '7:00');
    expect(await page.getByTestId('step-timer').getAttribute('data-status')).toBe('running');
    await page.getByRole('button', { name: /^\d+ open action items? · decisions, action items and parking lot$/ }).click();
    const panel = page.getByRole('dialog', { name: 'Decisions, action items and parking lot' });
    const decision = panel
      .getByTestId('decision-item')
      .filter({ has: page.locator('textarea') })
      .last();
    expect(await decision.locator('textarea').inputValue()).toBe('Personas are reviewed with sales every quarter.');
    expect(await decision.textContent()).toContain('3. Target buyer');
    await panel.getByRole('tab', { name: /^Action items/ }).click();
    const items = panel.getByTestId('action-item');
    const texts = await items.locator('input.input:not([type])').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const i = texts.indexOf('Interview three lost customers for the persona');
    expect(i).toBeGreaterThanOrEqual(0);
    const item = items.nth(i);
    expect(await item.getByLabel('Owner').locator('option:checked').textContent()).toBe('Priya Nair');
    expect(await item.getByLabel('Due date').inputValue()).toBe('2026-12-18');

    // The agenda added step 2's timed run (33:30, the 3 paused minutes not counted) to the
    // sample's 41 recorded minutes, over its 35-minute timebox.
    await page.keyboard.press('Escape');
    await page
      .getByTestId('step-timer')
      .getByRole('button', { name: /open the agenda$/ })
      .click();
    const goalsRow = page.getByTestId('agenda-row').nth(1);
    expect(await goalsRow.locator('td').nth(3).textContent()).toBe('1 h 15 min (over its timebox)');
    expect(await goalsRow.getByLabel('Timebox of Goals (minutes)').inputValue()).toBe('35');

    expect(app.problems.filter((p) => !p.includes('favicon'))).toEqual([]);
  });

  it('works from the keyboard alone (? sheet, palette, agenda) and passes an axe scan on every facilitation screen', async () => {
    app = await openApp();
    const { page, context } = app;
    await page.clock.install({ time: new Date('2026-12-03T09:00:00Z') });
    await page.reload();
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page.locator('#step-title').waitFor();
    await page.getByTestId('step-timer').getByRole('button', { name: 'Start the step timer' }).click();
    await page.clock.fastForward('21:00'); // step 1's 25 minutes: orange, the contrast worth checking
    await expect.poll(() => page.getByTestId('step-timer').getAttribute('data-phase')).toBe('warning');
    const problems = await seriousViolations(page, 'top bar with the timer in orange');

    await page.locator('body').press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.getByText('Quick capture: a decision, action item or parking-lot item').waitFor();
    problems.push(...(await seriousViolations(page, 'shortcut sheet')));
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    await page.keyboard.press(`${MOD}+k`);
    const input = page.getByRole('combobox', { name: 'Command palette' });
    await input.fill('a');
    problems.push(...(await seriousViolations(page, 'palette')));
    await input.fill('agenda');
    await input.press('ArrowDown');
    await input.press('ArrowUp');
    expect(await page.getByRole('option', { selected: true }).textContent()).toBe('Open the agenda');
    await input.press('Enter');
    const agenda = page.getByRole('dialog', { name: 'Agenda' });
    await agenda.getByTestId('agenda-summary').waitFor();
    problems.push(...(await seriousViolations(page, 'agenda')));
    // A timebox that is not whole minutes is refused next to the table, naming the step.
    await agenda.getByLabel('Timebox of Goals (minutes)').fill('0');
    await agenda.getByText('Timebox of Goals (minutes): enter whole minutes from 1 to 480.').waitFor();
    await agenda.getByLabel('Timebox of Goals (minutes)').fill('50');
    await expect.poll(() => agenda.getByTestId('agenda-summary').textContent()).toContain('The plan is 15 min longer than the day');
    await page.keyboard.press('Escape');

    await page.keyboard.press(`${MOD}+j`);
    await page.getByRole('dialog', { name: 'Quick capture' }).getByLabel('Action item').check();
    problems.push(...(await seriousViolations(page, 'quick capture')));
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: /decisions, action items and parking lot$/ }).click();
    const panel = page.getByRole('dialog', { name: 'Decisions, action items and parking lot' });
    for (const tab of ['Decisions', 'Action items', 'Parking lot']) {
      await panel.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      problems.push(...(await seriousViolations(page, `panel: ${tab}`)));
    }
    await page.keyboard.press('Escape');

    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open the presenter view' }).click(),
    ]);
    await presenter.getByTestId('presenter').locator('h1', { hasText: 'Commit to work together' }).waitFor();
    problems.push(...(await seriousViolations(presenter, 'presenter view')));
    expect(problems).toEqual([]);
    expect(app.problems.filter((p) => !p.includes('favicon'))).toEqual([]);
  });
});
