import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import i18n from 'i18next';
import { messages as en } from './locales/en';
import { messages as ptBR } from './locales/pt-BR';
import { messages as zhCN } from './locales/zh-CN';
import { formatCurrency, formatDay, formatNumber, formatPercent, formatPercentPoints } from './format';

/** Formatting follows the UI language, not the machine's locale. */
describe('numbers, dates and money in the UI language', () => {
  beforeAll(async () => {
    await i18n.init({
      lng: 'en',
      defaultNS: 'app',
      resources: { en, 'pt-BR': ptBR, 'zh-CN': zhCN },
      interpolation: { escapeValue: false },
    });
  });
  afterAll(() => void i18n.changeLanguage('en'));

  it('writes thousands, decimals, percentages and currency as each locale does', async () => {
    await i18n.changeLanguage('en');
    expect(formatNumber(1234567.25)).toBe('1,234,567.3');
    expect(formatPercent(0.25)).toBe('25%');
    expect(formatPercentPoints(82)).toBe('82 %');
    expect(formatCurrency(1500000, 'GBP')).toBe('£1,500,000');
    expect(formatDay('2027-02-15', 'weekday')).toBe('Mon 15 Feb 2027');
    await i18n.changeLanguage('pt-BR');
    expect(formatNumber(1234567.25)).toBe('1.234.567,3');
    expect(formatPercentPoints(82)).toBe('82%');
    expect(formatCurrency(1500000, 'BRL')).toMatch(/^R\$\s1\.500\.000$/);
    await i18n.changeLanguage('zh-CN');
    expect(formatNumber(1234567.25)).toBe('1,234,567.3');
    expect(formatCurrency(1500000, 'CNY')).toBe('¥1,500,000');
  });

  it('shows a calendar day on that day in every language, and a dash when there is none', async () => {
    await i18n.changeLanguage('pt-BR');
    expect(formatDay('2026-12-03')).toBe('3 de dez. de 2026');
    await i18n.changeLanguage('zh-CN');
    expect(formatDay('2026-12-03')).toBe('2026年12月3日');
    expect(formatDay('2027-01-04', 'weekday')).toContain('周一');
    expect(formatDay('')).toBe('—');
  });
});
