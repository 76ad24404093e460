import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openApp, waitSaved, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A stage on the canvas by its exact name. */
const stage = (page: Page, name: string) =>
  page.locator('.react-flow__node', { has: page.locator('.lp-node-name', { hasText: new RegExp(`^${escape(name)}$`) }) });
/** The indicator may still say "Saved" from the previous edit; give autosave (500 ms) its turn first. */
async function settled(page: Page) {
  await page.waitForTimeout(700);
  await waitSaved(page);
}
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

const FAVICON_404 = 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)';

/**
 * The app ships no favicon and this Chromium asks for one, which logs a 404 console error
 * (test/e2e/workshop.e2e.ts trips on it too). Later requests for it are answered empty; the
 * one made while the harness loads the page is the only problem allowed before the test
 * starts, so `problems` still catches every other error.
 */
async function openStep4App(): Promise<AppSession> {
  const session = await openApp();
  await session.context.route('**/favicon.ico', (route) => route.fulfill({ status: 204, body: '' }));
  await session.page.waitForLoadState('networkidle');
  const startup = session.problems.splice(0);
  expect(startup.filter((p) => p !== FAVICON_404)).toEqual([]);
  return session;
}

describe('step 4, the lead-process diagram', () => {
  it('starts from the default template, adds and connects a stage, validates rates, undoes a delete and keeps it all after a reload', async () => {
    app = await openStep4App();
    const { page } = app;
    await page.getByRole('button', { name: 'New workshop' }).first().click();
    await page.getByRole('button', { name: /^Lead process/ }).click();

    // The empty step explains itself and offers three starts.
    await page.getByRole('heading', { name: 'Draw the way a lead travels' }).waitFor();
    await page.getByRole('button', { name: 'Start from the short template' }).waitFor();
    await page.getByRole('button', { name: 'Start blank' }).waitFor();
    await page.getByRole('button', { name: 'Start from the default template' }).click();
    for (const name of ['Captured', 'Nurture', 'MQL', 'SAL', 'SQL', 'Opportunity', 'Won', 'Lost']) await stage(page, name).waitFor();
    expect(await page.locator('.react-flow__edge').count()).toBe(9);
    const checks = page.locator('#leadProcess-checks');
    await checks.getByText('All checks pass.').waitFor();
    // Rates on the forward lines, recycle and feedback labelled.
    const edgeTexts = await page.locator('.react-flow__edge-text').allTextContents();
    expect(edgeTexts).toEqual(expect.arrayContaining(['90 %', '70 %', 'Recycle: not ready to buy', 'Lead-quality feedback']));

    // Add a stage: it opens in the inspector with its name ready to type.
    await page.getByRole('button', { name: 'Add stage' }).click();
    await expect.poll(() => activeId(page)).toBe('leadProcess-stage-name');
    await page.getByLabel('Stage name').fill('Discovery call');
    await stage(page, 'Discovery call').waitFor();
    await checks.getByText('“Discovery call” has no owner').waitFor();
    await checks.getByText('“Discovery call” cannot be reached from the capture stage').waitFor();
    await page.getByLabel('Owner', { exact: true }).selectOption('sdr');
    await stage(page, 'Discovery call').getByText('SDR', { exact: true }).waitFor();

    // Connect it the keyboard way, from the inspector.
    await page.getByLabel('Add a transition from').selectOption({ label: 'SQL' });
    await page.getByRole('button', { name: 'Add transition from' }).click();
    await page.getByLabel('Add a transition to').selectOption({ label: 'Opportunity' });
    await page.getByRole('button', { name: 'Add transition to' }).click();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(11);
    await checks.getByText('cannot be reached').waitFor({ state: 'detached' });

    // A rate above 100 % is listed in the checks and outlined on the canvas; fixing it clears both.
    const rate = page.getByLabel('Expected conversion to next stage (%)');
    await rate.fill('150');
    const rateIssue = checks.getByRole('button', { name: /“Discovery call”: expected conversion is 150 %/ });
    await rateIssue.waitFor();
    await stage(page, 'Discovery call').locator('.lp-node[data-invalid]').waitFor();
    // The entry selects and focuses the stage it is about.
    await stage(page, 'SQL').click();
    expect(await page.getByLabel('Stage name').inputValue()).toBe('SQL');
    await rateIssue.click();
    await expect.poll(() => page.getByLabel('Stage name').inputValue()).toBe('Discovery call');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('react-flow__node') ?? false)).toBe(true);
    await rate.fill('40');
    await rateIssue.waitFor({ state: 'detached' });
    await checks.getByText('All checks pass.').waitFor();
    await stage(page, 'Discovery call').locator('.lp-node:not([data-invalid])').waitFor();
    expect(await page.locator('.react-flow__edge-text').allTextContents()).toContain('40 %');

    // Delete with the keyboard; the toast's Undo brings the stage and its lines back.
    await stage(page, 'Nurture').click();
    await page.keyboard.press('Delete');
    await stage(page, 'Nurture').waitFor({ state: 'detached' });
    expect(await page.locator('.react-flow__edge').count()).toBe(8);
    const toast = page.locator('.toast', { hasText: 'Deleted stage “Nurture” and its 3 transitions.' });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await stage(page, 'Nurture').waitFor();
    expect(await page.locator('.react-flow__edge').count()).toBe(11);

    // Diagram undo / redo from the keyboard and the toolbar.
    await stage(page, 'Lost').click();
    await page.keyboard.press('Delete');
    await stage(page, 'Lost').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await stage(page, 'Lost').waitFor();
    await page.locator('.lp-toolbar').getByRole('button', { name: 'Redo' }).click();
    await stage(page, 'Lost').waitFor({ state: 'detached' });
    await page.locator('.lp-toolbar').getByRole('button', { name: 'Undo' }).click();
    await stage(page, 'Lost').waitFor();

    // The exported SVG carries the stages and rates.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export SVG' }).click();
    const svg = readFileSync((await (await download).path())!, 'utf8');
    expect((await download).suggestedFilename()).toMatch(/\.svg$/);
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(svg.match(/<rect class="stage"/g)).toHaveLength(9);
    expect(svg).toMatch(/>Discovery<\/text>\s*<text[^>]*>call<\/text>/); // wrapped on two lines
    expect(svg).toContain('>40 %</text>');

    await settled(page);
    await page.reload();
    await stage(page, 'Discovery call').waitFor();
    expect(await page.locator('.react-flow__node').count()).toBe(9);
    expect(await page.locator('.react-flow__edge').count()).toBe(11);
    await stage(page, 'Discovery call').click();
    expect(await rate.inputValue()).toBe('40');
    expect(await page.getByLabel('Owner', { exact: true }).inputValue()).toBe('sdr');
    await checks.getByText('All checks pass.').waitFor();
    await expect.poll(() => page.locator('.rail').textContent()).toMatch(/Lead process\s*In progress/);
    expect(app.problems).toEqual([]);
  });

  it('connects two stages by dragging between handles, lays out automatically and nudges a stage with the arrow keys', async () => {
    app = await openStep4App();
    const { page } = app;
    await page.getByRole('button', { name: 'New workshop' }).first().click();
    await page.getByRole('button', { name: /^Lead process/ }).click();
    await page.getByRole('button', { name: 'Start from the short template' }).click();
    await stage(page, 'SQL').waitFor();
    const before = await page.locator('.react-flow__edge').count();

    const from = (await stage(page, 'Captured').boundingBox())!;
    const to = (await stage(page, 'SQL').boundingBox())!;
    await stage(page, 'Captured').hover();
    await page.mouse.move(from.x + from.width, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + 20, to.y + to.height / 2, { steps: 12 });
    await page.mouse.move(to.x, to.y + to.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(before + 1);

    // Automatic layout (ELK, loaded on demand) keeps the main path left to right.
    await page.locator('.lp-toolbar').getByRole('button', { name: 'Auto layout' }).click();
    await page.locator('.toast', { hasText: 'Laid out 5 stages from left to right.' }).waitFor();
    await page.waitForTimeout(400); // the view glides to fit the new layout
    const xs: number[] = [];
    for (const name of ['Captured', 'MQL', 'SQL', 'Won']) xs.push((await stage(page, name).boundingBox())!.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));

    // Arrow keys move the selected stage; the move is saved when it settles.
    await stage(page, 'Won').click();
    const x0 = (await stage(page, 'Won').boundingBox())!.x;
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await stage(page, 'Won').boundingBox())!.x).toBeGreaterThan(x0 + 10);
    // Tab walks from stage to stage.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Lost: Lost \(end\), owner Sales/);
    await settled(page);
    await page.reload();
    await stage(page, 'Won').waitFor();
    expect(await page.locator('.react-flow__edge').count()).toBe(before + 1);
    // Won and Lost start in the same column; Won now sits to the right of Lost.
    expect((await stage(page, 'Won').boundingBox())!.x).toBeGreaterThan((await stage(page, 'Lost').boundingBox())!.x + 10);
    expect(app.problems).toEqual([]);
  });
});
