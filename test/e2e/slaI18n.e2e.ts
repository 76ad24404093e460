import { afterEach, describe, expect, it } from 'vitest';
import { drawSignature, openApp, type AppSession } from './harness';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('step 7 in Chinese', () => {
  it('names freeze problems, signs, and words the trail and the amendment diff in the UI language', { timeout: 120_000 }, async () => {
    app = await openApp({ locale: 'zh-CN' });
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page
      .locator('.rail')
      .getByRole('button', { name: /服务水平协议/ })
      .click();
    await page.getByRole('heading', { name: '协议状态 — 第 1 版' }).waitFor();
    await expect(page.getByTestId('calc-pacing').textContent()).resolves.toBe('进度：在 22 个工作日中的第 10 天，预计应有 71 个 MQL。');

    // A problem found by shared/sla, said in Chinese and naming the field.
    await page.getByLabel('生效日期').fill('');
    await page.getByRole('button', { name: '冻结以供签署' }).click();
    await page.getByRole('alert').filter({ hasText: '生效日期：请选择 SLA 开始生效的日期。' }).waitFor();
    await page.getByLabel('生效日期').fill('2027-01-04');
    await page.getByRole('button', { name: '冻结以供签署' }).click();
    await page.getByRole('dialog', { name: '冻结第 1 版以供签署？' }).getByRole('button', { name: '冻结第 1 版' }).click();
    await expect.poll(() => page.getByTestId('signing-state').textContent(), { timeout: 15_000 }).toBe('待签署');

    await page.getByRole('button', { name: '以 Maya Chen 身份签署' }).click();
    await page.getByRole('dialog', { name: /签署 SLA 第 1 版 — Maya Chen，代表市场部/ }).waitFor();
    await page.getByRole('button', { name: '立即签署' }).click();
    await page.getByRole('alert').filter({ hasText: '签署前请先绘制签名和勾选同意声明。' }).waitFor();
    await drawSignature(page);
    await page.getByRole('dialog').getByRole('checkbox').check();
    await page.getByRole('button', { name: '立即签署' }).click();
    await page.getByRole('img', { name: 'Maya Chen 的签名' }).waitFor();
    await expect.poll(() => page.getByTestId('signing-state').textContent(), { timeout: 15_000 }).toBe('部分签署');

    // The trail's English details, recorded inside the hash chain, are shown in Chinese.
    await expect.poll(() => page.getByTestId('audit-verdict').textContent(), { timeout: 15_000 }).toContain('链已验证：3 个事件');
    await page.getByRole('cell', { name: '代表市场部签署了第 1 版' }).waitFor();

    await page.getByRole('button', { name: '修订…' }).click();
    await page.getByRole('button', { name: '修订：开始第 2 版' }).click();
    await page.getByLabel('试点期（个月）').fill('6');
    const diff = page.getByTestId('amend-diff');
    await diff.getByText('试点期', { exact: true }).waitFor();
    await expect(diff.textContent()).resolves.toContain('修改前：3 个月修改后：6 个月');
    expect(app.problems).toEqual([]);
  });
});
