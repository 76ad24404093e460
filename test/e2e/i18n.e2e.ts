import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Settings → language of the app (the select's value is the language code or 'system'); the dialog speaks the new language at once. */
async function chooseLanguage(page: Page, settingsButton: string, value: string, doneButton: string) {
  await page.getByRole('button', { name: settingsButton }).click();
  await page.getByRole('dialog').locator('#ui-language').selectOption(value);
  await page.getByRole('dialog').getByRole('button', { name: doneButton }).click();
}

describe('the UI in four languages', () => {
  it('switches to Chinese in settings, keeps it after a reload, and switches back', async () => {
    app = await openApp({ locale: 'en-US' });
    const { page } = app;
    await page.getByRole('heading', { name: 'Workshops', level: 1 }).waitFor();
    expect(await htmlLang(page)).toBe('en');

    await chooseLanguage(page, 'Settings', 'zh-CN', '完成');
    // The home screen, without a reload.
    await page.getByRole('heading', { name: '工作坊', level: 1 }).waitFor();
    await page.getByRole('button', { name: '新建工作坊' }).waitFor();
    await page.getByRole('columnheader', { name: '客户公司' }).waitFor();
    expect(await htmlLang(page)).toBe('zh-CN');

    // A step of the sample: title, purpose, rail and step-specific text.
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page
      .locator('.rail')
      .getByRole('button', { name: /目标买家/ })
      .click();
    await page.getByRole('heading', { name: '目标买家', level: 1 }).waitFor();
    await page.getByText('第 3 步，共 10 步').waitFor();
    await page.getByRole('heading', { name: '理想客户画像（ICP）' }).waitFor();
    await page.getByRole('button', { name: '添加买家角色' }).waitFor();

    // What shared/ says (gap messages) arrives in Chinese too.
    await page.getByRole('button', { name: 'Accord — 全部工作坊' }).click();
    await page.getByRole('button', { name: '新建工作坊' }).first().click();
    await page.getByRole('button', { name: '标记本步完成' }).click();
    await expect(page.locator('#gap-summary').textContent()).resolves.toContain('参与者：至少添加两人，市场和销售各一人。');

    await page.reload();
    await page.getByRole('heading', { name: '承诺协同合作', level: 1 }).waitFor();
    expect(await htmlLang(page)).toBe('zh-CN');

    await chooseLanguage(page, '设置', 'en', 'Done');
    await page.getByRole('heading', { name: 'Commit to work together', level: 1 }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(app.problems).toEqual([]);
  });

  it('follows the system language until one is chosen', async () => {
    app = await openApp({ locale: 'pt-BR' });
    const { page } = app;
    await page.getByRole('heading', { name: 'Workshops', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Novo workshop' }).waitFor();
    expect(await htmlLang(page)).toBe('pt-BR');
    await page.getByRole('button', { name: 'Configurações' }).click();
    await expect(page.getByRole('dialog').locator('#ui-language').inputValue()).resolves.toBe('system');
    await expect(page.getByRole('dialog').textContent()).resolves.toContain('Igual ao sistema (Português (Brasil))');
    await page.getByRole('dialog').locator('#ui-language').selectOption('es');
    await page.getByRole('dialog').getByRole('button', { name: 'Listo' }).click();
    await page.getByRole('heading', { name: 'Talleres', level: 1 }).waitFor();
    expect(app.problems).toEqual([]);
  });

  it("in Chinese, exports the SLA PDF in the workshop's Chinese document language", async () => {
    app = await openApp({ locale: 'zh-CN' });
    const { page } = app;
    await page.getByRole('heading', { name: '工作坊', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page.locator('#documentLanguage').selectOption('zh-CN');
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '导出 SLA PDF' }).click();
    const file = (await (await download).path())!;
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('服务水平协议');
    expect(text).toContain('协议双方');
    expect(text).toContain('Northwind Analytics');
    expect(text).not.toContain('Service level agreement');
    expect(app.problems).toEqual([]);
  });
});
