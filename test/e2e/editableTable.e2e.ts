import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';

/**
 * The one editable table (renderer/ui/EditableTable.tsx) as a facilitator meets it at 1366×768:
 * every team name and placeholder whole, a new row not red before anyone touched it, Enter adds
 * the next row with focus in it, and "Mark step done" still shows what is missing.
 */
let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function openSampleStep(page: Page, step: string) {
  await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
  await page.locator('#step-title').waitFor();
  await page.evaluate((s) => (location.hash = `#/w/sample-northwind-analytics/${s}`), step);
  await page.locator('#step-title').waitFor();
}

/**
 * Controls in `scope` whose words do not fit: a select whose chosen option is wider than the
 * room its box leaves for text (beside the arrow), an empty input whose placeholder would scroll.
 */
function cutWords(page: Page, scope: string) {
  return page.evaluate((sel) => {
    const out: string[] = [];
    const probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre';
    document.body.append(probe);
    for (const el of document.querySelectorAll<HTMLSelectElement | HTMLInputElement>(`${sel} select, ${sel} input.input`)) {
      const cs = getComputedStyle(el);
      const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      if (el instanceof HTMLSelectElement) {
        probe.style.font = cs.font;
        probe.textContent = el.selectedOptions[0]?.text ?? '';
        // Chromium draws the arrow inside the box: about 16 px of it is not for the text.
        if (probe.getBoundingClientRect().width > room - 16 + 1) out.push(`${el.id}: “${probe.textContent}” cut`);
      } else if (el.value === '' && el.placeholder) {
        // The placeholder as if typed: would it scroll inside the box?
        el.value = el.placeholder;
        if (el.scrollWidth > el.clientWidth) out.push(`${el.id}: placeholder “${el.placeholder}” cut`);
        el.value = '';
      }
    }
    probe.remove();
    return out;
  }, scope);
}

const LANGS = [
  {
    locale: 'en-US',
    add: 'Add participant',
    markDone: 'Mark step done',
    reopen: 'Reopen step',
    name: 'Participant 6 name',
    addTool: 'Add tool',
  },
  {
    locale: 'pt-BR',
    add: 'Adicionar participante',
    markDone: 'Concluir etapa',
    reopen: 'Reabrir etapa',
    name: 'Nome do participante 6',
    addTool: 'Adicionar ferramenta',
  },
] as const;

describe('the editable table', () => {
  for (const lang of LANGS) {
    it(`${lang.locale}: team names and placeholders are whole; a new row is not red until touched`, { timeout: 180_000 }, async () => {
      app = await openApp({ locale: lang.locale });
      const { page } = app;
      await openSampleStep(page, 'commitment');
      // The sample has step 1 done: reopen it, as a room adding someone late would.
      const reopen = page.getByRole('button', { name: lang.reopen });
      if (await reopen.isVisible()) await reopen.click();

      // Every team the select offers fits, not only the one chosen.
      const team = page.locator('select[id$="-team"]').first();
      const teams = await team.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const original = await team.inputValue();
      for (const value of teams) {
        await team.selectOption(value);
        expect(await cutWords(page, '.participants-table')).toEqual([]);
      }
      await team.selectOption(original);
      // The select alone names the team: no badge repeats it beside each row.
      expect(await page.locator('.participants-table .team-badge').count()).toBe(0);

      await page.getByRole('button', { name: lang.add }).click();
      const name = page.getByLabel(lang.name, { exact: true });
      await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await name.getAttribute('aria-invalid')).toBeNull();
      expect(await cutWords(page, '.participants-table')).toEqual([]);
      await page.locator('.participants-table').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: `test-results/editable-table-participants-${lang.locale}.png` });

      // Enter adds the next row, with focus in it; the row left behind is now touched and says it is empty.
      await name.press('Enter');
      const seventh = page.locator('.participants-table tbody tr').nth(6).locator('input').first();
      await expect.poll(() => seventh.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      expect(await seventh.getAttribute('aria-invalid')).toBeNull();

      // "Mark step done" lists the untouched row and shows it in place.
      await page.getByRole('button', { name: lang.markDone }).click();
      await page.locator('#gap-summary').waitFor();
      expect(await seventh.getAttribute('aria-invalid')).toBe('true');

      await page.evaluate(() => (location.hash = `#/w/sample-northwind-analytics/technology`));
      await page.getByRole('button', { name: lang.addTool }).first().click();
      expect(await cutWords(page, '.tools-table')).toEqual([]);
      expect(await page.locator('.tools-table .team-badge').count()).toBe(0);
      await page.screenshot({ path: `test-results/editable-table-tools-${lang.locale}.png` });

      // Step 5's conditions read whole, whichever the row shows ("is between", "contém a palavra").
      await page.evaluate(() => (location.hash = `#/w/sample-northwind-analytics/qualifiedLead`));
      const condition = page.locator('td.ql-col-op select').first();
      await condition.waitFor();
      const conditions = await condition.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(conditions.length).toBeGreaterThan(3);
      for (const value of conditions) {
        await condition.selectOption(value);
        expect(await cutWords(page, 'td.ql-col-op')).toEqual([]);
      }
      await page.screenshot({ path: `test-results/editable-table-conditions-${lang.locale}.png` });
      expect(app.problems).toEqual([]);
    });
  }

  it('step 5: Enter in a criterion adds the next one with focus in it; removing one offers Undo', { timeout: 180_000 }, async () => {
    app = await openApp();
    const { page } = app;
    await openSampleStep(page, 'qualifiedLead');
    const rows = page.locator('table[aria-labelledby="ql-sql-h"] tbody tr');
    await rows.first().waitFor();
    const before = await rows.count();
    await page.getByLabel(`SQL criterion ${before}`, { exact: true }).press('Enter');
    await expect.poll(() => rows.count()).toBe(before + 1);
    const added = page.getByLabel(`SQL criterion ${before + 1}`, { exact: true });
    await expect.poll(() => added.evaluate((el) => el === document.activeElement)).toBe(true);
    // Column headers name each column; every cell keeps a label that names its row.
    expect(await page.locator('table[aria-labelledby="ql-sql-h"] thead th').allTextContents()).toEqual([
      'Criterion',
      'What counts as confirmed',
      'Verified by',
      'Remove',
    ]);
    await page.getByLabel(`SQL criterion ${before + 1}: what counts as confirmed`).waitFor();
    await page.locator('table[aria-labelledby="ql-sql-h"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: 'test-results/editable-table-sql-en-US.png' });
    // The remove buttons stay inside their table.
    const table = await page.locator('table[aria-labelledby="ql-sql-h"]').boundingBox();
    const remove = await page.getByRole('button', { name: `Remove SQL criterion ${before + 1}` }).boundingBox();
    expect(remove!.x + remove!.width).toBeLessThanOrEqual(table!.x + table!.width);
    // No control spills into the next column (a value over its points).
    const spilled = await page.locator('.editable-table td').evaluateAll(
      (tds) =>
        tds.filter((td) => {
          const cell = td.getBoundingClientRect();
          return [...td.querySelectorAll('input, select')].some((c) => {
            const r = c.getBoundingClientRect();
            return r.width > 0 && (r.left < cell.left - 1 || r.right > cell.right + 1);
          });
        }).length,
    );
    expect(spilled).toBe(0);
    await page.locator('table[aria-labelledby="ql-fit-h"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: 'test-results/editable-table-fit-en-US.png' });

    await page.getByRole('button', { name: `Remove SQL criterion ${before + 1}` }).click();
    await expect.poll(() => rows.count()).toBe(before);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows.count()).toBe(before + 1);
    expect(app.problems).toEqual([]);
  });
});
