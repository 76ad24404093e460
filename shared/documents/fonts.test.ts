import { Font } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import { containsCjk, FONT_CJK, FONT_LATIN, fontStack, registerPdfFonts, splitForLineBreaking } from './fonts';

describe('splitForLineBreaking', () => {
  it('returns Latin words whole, so contracts are never hyphenated', () => {
    expect(splitForLineBreaking('marketing-qualified')).toEqual(['marketing-qualified']);
    expect(splitForLineBreaking('c59b2dfde88d8f1159dee9a6d78edd86')).toEqual(['c59b2dfde88d8f1159dee9a6d78edd86']);
  });

  it('follows each CJK character with an empty part: a break point without a hyphen', () => {
    expect(splitForLineBreaking('销售团队')).toEqual(['销', '', '售', '', '团', '', '队', '']);
  });

  it('keeps Latin runs inside Chinese text together', () => {
    expect(splitForLineBreaking('每月180个MQL线索')).toEqual(['每', '', '月', '', '180', '', '个', '', 'MQL', '', '线', '', '索', '']);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    expect(splitForLineBreaking('质量。（销售）')).toEqual(['质', '', '量。', '', '（销', '', '售）', '']);
  });

  it('lets a number end a line without a hyphen: react-pdf hands it over apart from the Chinese after it', () => {
    expect(splitForLineBreaking('1')).toEqual(['1', '']);
    expect(splitForLineBreaking('09:30')).toEqual(['09:30', '']);
    expect(splitForLineBreaking('Lisbon')).toEqual(['Lisbon']);
  });

  it('loses no character', () => {
    const text = '市场部承诺每月交付180个营销合格线索（MQL），销售部在24小时内首次联系。';
    expect(splitForLineBreaking(text).join('')).toBe(text);
  });
});

describe('fonts', () => {
  it('detects CJK text', () => {
    expect(containsCjk('Northwind Analytics')).toBe(false);
    expect(containsCjk('北风 Analytics')).toBe(true);
    expect(containsCjk('≥ 70 % · ÷')).toBe(false);
  });

  it('adds Noto Sans SC as a fallback only when the document needs it', () => {
    expect(fontStack(false)).toBe(FONT_LATIN);
    expect(fontStack(true)).toEqual([FONT_LATIN, FONT_CJK]);
  });

  it('registers both families once, however often it is called', () => {
    const sources = { interRegular: '/a.ttf', interBold: '/b.ttf', notoScRegular: '/c.ttf', notoScBold: '/d.ttf' };
    registerPdfFonts(sources);
    registerPdfFonts({ ...sources, interRegular: '/other.ttf' });
    const families = Font.getRegisteredFonts();
    expect(families[FONT_LATIN]?.sources.map((s) => [s.src, s.fontWeight])).toEqual([
      ['/a.ttf', 400],
      ['/b.ttf', 700],
    ]);
    expect(families[FONT_CJK]?.sources).toHaveLength(2);
    expect(Font.getHyphenationCallback()).toBe(splitForLineBreaking);
  });
});
