import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { openApp, waitSaved, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/**
 * Chromium asks every page for /favicon.ico, which the app does not ship, and logs the 404 as a
 * console error (reported to the lead: an icon link in renderer/index.html fixes it for every
 * test). Only that exact message is let through; any other problem fails the test.
 */
const FAVICON_404 = 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)';

const step = (page: Page, name: RegExp) => page.locator('.rail').getByRole('button', { name }).click();
const statuses = (page: Page, row: number) =>
  page
    .getByTestId('period-row')
    .nth(row)
    .locator('[data-status]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));

async function newWorkshopWithSla(page: Page) {
  await page.getByRole('button', { name: 'New workshop' }).first().click();
  await page.getByLabel('Client company').fill('Acme Robotics');
  await page.getByRole('button', { name: 'Add participant' }).click();
  await page.getByLabel('Participant 1 name').fill('Maya Chen');
  await page.getByLabel('Participant 1 e-mail').fill('maya@acme.example');
  await page.getByRole('button', { name: 'Add participant' }).click();
  await page.getByLabel('Participant 2 name').fill('Diego Alvarez');
  await step(page, /^Service level agreement/);
  await page.getByLabel('Target (MQLs)').fill('180');
  await page.getByLabel('Target (% accepted)').fill('70');
  await page.getByLabel('Target (hours)').fill('24');
  await page.getByLabel('Target (attempts)').fill('6');
  await page.getByLabel('Within (days)').fill('10');
  await page.getByLabel('Target (days)').fill('14');
  // First touch is promised for every MQL: met at 100 %, at risk from 90 % (the level's at-risk point follows it).
  await page.getByLabel('Met when (% of MQLs in time)').first().fill('100');
}

describe('steps 8 to 10 in browser mode', () => {
  it('builds the scoreboard, maps the tools, plans the meetings, logs compliance, exports the calendar, and keeps it all', async () => {
    app = await openApp();
    const { page } = app;
    await newWorkshopWithSla(page);

    // Step 8: without a lead process the room is told so; prefill adds only metrics it can give a
    // target (one per commitment here: no stage, rate or revenue goal to size the others), once.
    await step(page, /^Metrics/);
    await page.getByText('Step 4 has no stages yet.').waitFor();
    await page.getByRole('button', { name: 'Prefill from the lead process' }).click();
    const rows = page.getByTestId('metric-row');
    await expect.poll(() => rows.count()).toBe(4);
    expect(await page.getByLabel(/^Metric 1 target/).inputValue()).toBe('70');
    expect(await page.getByLabel(/^Metric 2 target/).inputValue()).toBe('24');
    await page.getByRole('button', { name: 'Prefill from the lead process' }).click();
    await page.locator('.toast', { hasText: 'The scoreboard already has every standard metric for the current stages.' }).waitFor();
    expect(await rows.count()).toBe(4);
    await page.getByRole('button', { name: 'Remove metric 4 (Leads dispositioned within 14 days)' }).click();
    await expect.poll(() => rows.count()).toBe(3);
    await page
      .locator('.toast', { hasText: 'Removed “Leads dispositioned within 14 days”.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect.poll(() => rows.count()).toBe(4);
    await page.getByRole('button', { name: 'Move metric 3 up' }).click();
    expect(await page.getByLabel('Metric 2 name').inputValue()).toMatch(/^Leads with all 6 attempts/);
    await page.getByRole('button', { name: 'Move metric 3 up' }).click();
    expect(await page.getByLabel('Metric 2 name').inputValue()).toBe('Time to first touch');
    await page.getByRole('button', { name: 'Add metric' }).click();
    await page.getByLabel('Metric 5 name').fill('Demo requests');
    const demo = page.getByRole('article', { name: 'Metric 5: Demo requests' });
    await demo.getByLabel('Metric 5 owner').selectOption('marketing');
    await demo.getByRole('button', { name: 'Details of metric 5' }).click();
    await demo.getByLabel('Unit').fill('requests / week');
    await demo.getByLabel('Target counts per').selectOption('week');
    await demo.getByLabel('Metric 5 target (requests / week)').fill('40');
    await demo.getByLabel('Metric 5 data source').fill('HubSpot form report');

    // Step 9: tools, what automates what, and a gap turned into an action item in one go.
    await step(page, /^Technology/);
    await page.getByRole('button', { name: 'Add your CRM' }).click();
    await page.getByLabel('Tool 1 name').fill('Salesforce');
    await page.getByRole('button', { name: 'Add tool' }).click();
    await page.getByLabel('Tool 2 name').fill('HubSpot');
    expect(await page.getByLabel('Tool 2 category').inputValue()).toBe('marketingAutomation');
    await page.getByLabel('Lead scoring: automated by').selectOption({ label: 'HubSpot' });
    await page.getByLabel('Lead routing: automated by').selectOption({ label: 'Salesforce' });
    await page.getByLabel('SLA-breach alert: automated by').selectOption({ label: 'Salesforce' });
    await page.getByLabel('Shared dashboard: automated by').selectOption({ label: 'Salesforce' });
    await page.getByLabel('Recycling to nurture: automated by').selectOption('manual');
    await page.getByRole('button', { name: 'Make an action item for attribution' }).click();
    const dialog = page.getByRole('dialog', { name: 'Make an action item: Attribution' });
    await dialog.getByLabel('Owner').selectOption({ label: 'Maya Chen' });
    await dialog.getByLabel('Due date').fill('2027-02-15');
    await dialog.getByRole('button', { name: 'Create action item' }).click();
    const actionText = 'Action item: Decide how attribution will run: with a tool, or by hand as agreed — Maya Chen, due Mon 15 Feb 2027';
    await expect.poll(() => page.getByTestId('action-item-attribution').textContent()).toBe(actionText);

    // Step 10: the standard cadence, edited; actuals from a CRM export.
    await step(page, /^Feedback and optimisation/);
    await page.getByRole('button', { name: 'Use the standard cadence' }).click();
    await expect.poll(() => page.getByTestId('meeting-card').count()).toBe(4);
    const triage = page.getByRole('article', { name: 'Weekly triage' });
    await triage.getByLabel('Start time').fill('08:45');
    await triage.getByLabel('Time zone').fill('America/New_York');
    await triage.getByLabel('Duration (minutes)').fill('45');
    expect(await triage.getByRole('checkbox', { name: /Maya Chen/ }).isChecked()).toBe(true);

    await page.getByLabel('CSV file of actuals').setInputFiles(resolve('test/fixtures/actuals.csv'));
    const mapping = page.getByRole('dialog', { name: 'Map the columns of actuals.csv' });
    expect(await mapping.getByLabel('Column “MQLs delivered” holds').inputValue()).toMatch(/^commitment:/);
    expect(await mapping.getByLabel('Column “Owner notes” holds').inputValue()).toBe('ignore');
    await mapping.getByLabel('Column “Month” holds').selectOption('ignore'); // labels then come from the dates
    await mapping.getByRole('button', { name: 'Import 5 rows' }).click();
    const outcome = page.getByTestId('import-outcome');
    await expect.poll(() => outcome.textContent()).toContain('Imported 3 periods from actuals.csv. Skipped 2 rows:');
    expect(await outcome.textContent()).toContain('Row 5, column “MQLs delivered”: “n/a” is not a number.');
    expect(await outcome.textContent()).toContain('Row 6, column “Period start”: “05/01/2027” is not a date; use YYYY-MM-DD.');
    expect(await page.getByTestId('period-row').count()).toBe(3);
    expect(await page.getByLabel('Period 1 name').inputValue()).toBe('Jan 2027');
    // Volume 165 of 180 (92 %), quality 72 of 70, 82 % touched in time against 100 % of MQLs, and 93 % and 92 % of MQLs
    // on time against the default level of 90 % (met: a few late leads are not "at risk").
    expect(await statuses(page, 0)).toEqual(['atRisk', 'met', 'missed', 'met', 'met']);
    expect(await statuses(page, 2)).toEqual(['met', 'missed', 'missed', 'met', 'met']);
    const touch = page.getByRole('article', { name: 'Commitment 3, First touch: compliance' });
    expect(await touch.textContent()).toContain('Missed 3 periods in a row.');
    expect(await touch.getByRole('img').getAttribute('aria-label')).toContain('Jan 2027: 82 % of MQLs in time, missed');
    expect(await page.getByRole('article', { name: 'Commitment 2, Lead quality: compliance' }).textContent()).toContain('Trend: Worsening');

    // The calendar file a calendar app imports.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export calendar (.ics)' }).click();
    const dir = mkdtempSync(join(tmpdir(), 'accord-ics-'));
    try {
      const d = await download;
      expect(d.suggestedFilename()).toBe('Acme-Robotics-review-meetings.ics');
      const file = join(dir, 'meetings.ics');
      await d.saveAs(file);
      const cal = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
      for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
      const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      expect(events.map((e) => e.summary)).toEqual([
        'Weekly triage',
        'Monthly optimisation',
        'Quarterly review of definitions',
        'Content meeting',
      ]);
      const t = events[0]!;
      const rule = t.component.getFirstPropertyValue('rrule') as ICAL.Recur;
      expect([rule.freq, rule.interval]).toEqual(['WEEKLY', 1]);
      expect(t.startDate.toString()).toMatch(/T08:45:00$/);
      expect(t.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('America/New_York');
      expect(cal.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toContain('America/New_York');
      expect(t.duration.toSeconds()).toBe(45 * 60);
      expect(t.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual(['mailto:maya@acme.example']);
      expect(t.description).toContain('Attendees: Maya Chen, Diego Alvarez');
      const monthly = events[1]!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
      expect([monthly.freq, monthly.interval]).toEqual(['MONTHLY', 1]);
      const quarterly = events[2]!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
      expect([quarterly.freq, quarterly.interval]).toEqual(['MONTHLY', 3]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // Repeated misses lead to step 7, with the reason.
    await touch.getByRole('button', { name: 'Propose amendment' }).click();
    await page.locator('.toast', { hasText: 'Review commitment “First touch”: missed 3 periods in a row' }).waitFor();
    await page.waitForURL(/\/sla$/);
    await waitSaved(page);

    await page.reload();
    await page.getByLabel('Target (MQLs)').waitFor();
    await step(page, /^Feedback and optimisation/);
    const triageAgain = page.getByRole('article', { name: 'Weekly triage' });
    expect(await triageAgain.getByLabel('Start time').inputValue()).toBe('08:45');
    expect(await triageAgain.getByLabel('Time zone').inputValue()).toBe('America/New_York');
    expect(await page.getByTestId('meeting-card').count()).toBe(4);
    expect(await statuses(page, 1)).toEqual(['met', 'atRisk', 'missed', 'met', 'met']);
    // The mapping was remembered: the column the room ignored stays ignored.
    await page.getByLabel('CSV file of actuals').setInputFiles(resolve('test/fixtures/actuals.csv'));
    expect(await page.getByRole('dialog').getByLabel('Column “Month” holds').inputValue()).toBe('ignore');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await step(page, /^Technology/);
    expect(await page.getByTestId('action-item-attribution').textContent()).toBe(actionText);
    expect(await page.getByLabel('Lead scoring: automated by').inputValue()).not.toBe('');
    await step(page, /^Metrics/);
    expect(await page.getByLabel('Metric 2 name').inputValue()).toBe('Time to first touch');
    expect(await page.getByLabel('Metric 5 target (requests / week)').inputValue()).toBe('40');
    expect(await page.getByLabel('Metric 5 owner').inputValue()).toBe('marketing');
    expect(app.problems.filter((p) => p !== FAVICON_404)).toEqual([]);
  });
});
