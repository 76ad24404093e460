import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumberForInput, looksUnfinished, parseLocaleNumber } from './numberInput';

const LOCALES = ['en-GB', 'pt-BR', 'es', 'zh-CN'] as const;

/** What a facilitator types into a goal or a target, in the language the app speaks. */
describe('numbers typed the way each language writes them', () => {
  it('accepts thousands separators and decimals of the language', () => {
    expect(parseLocaleNumber('4,200,000', 'en-GB')).toBe(4200000);
    expect(parseLocaleNumber('4,200,000', 'zh-CN')).toBe(4200000);
    expect(parseLocaleNumber('4.200.000', 'pt-BR')).toBe(4200000);
    expect(parseLocaleNumber('4.200.000', 'es')).toBe(4200000);
    expect(parseLocaleNumber('1,5', 'pt-BR')).toBe(1.5);
    expect(parseLocaleNumber('1,5', 'es')).toBe(1.5);
    expect(parseLocaleNumber('1.5', 'en-GB')).toBe(1.5);
    expect(parseLocaleNumber('12.345,67', 'pt-BR')).toBe(12345.67);
    expect(parseLocaleNumber(' 4200000 ', 'es')).toBe(4200000);
    expect(parseLocaleNumber('-3,5', 'es')).toBe(-3.5);
    expect(parseLocaleNumber('7,', 'pt-BR')).toBe(7);
  });

  it('refuses what is not a number in that language rather than guessing', () => {
    expect(parseLocaleNumber('', 'en-GB')).toBeNull();
    expect(parseLocaleNumber('abc', 'en-GB')).toBeNull();
    expect(parseLocaleNumber('4,2,00', 'en-GB')).toBeNull();
    expect(parseLocaleNumber('4.200.000', 'en-GB')).toBeNull();
    expect(parseLocaleNumber('1,5', 'en-GB')).toBeNull();
    expect(parseLocaleNumber('1.5', 'pt-BR')).toBeNull();
    expect(parseLocaleNumber('1,2,3', 'pt-BR')).toBeNull();
    expect(parseLocaleNumber('12e3', 'en-GB')).toBeNull();
  });

  it('tells a number still being typed from a wrong one', () => {
    expect(looksUnfinished('4,2', 'en-GB')).toBe(true);
    expect(looksUnfinished('4.20', 'pt-BR')).toBe(true);
    expect(looksUnfinished('4,2,00', 'en-GB')).toBe(false);
    expect(looksUnfinished('abc', 'en-GB')).toBe(false);
  });

  it('shows stored values grouped, keeping every decimal', () => {
    expect(formatNumberForInput(6500000, 'en-GB')).toBe('6,500,000');
    expect(formatNumberForInput(6500000, 'pt-BR')).toBe('6.500.000');
    expect(formatNumberForInput(6500000, 'zh-CN')).toBe('6,500,000');
    expect(formatNumberForInput(1.25, 'es')).toBe('1,25');
    expect(formatNumberForInput(0.123456789, 'en-GB')).toBe('0.123456789');
  });

  it('reads back exactly what it shows, in every language', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.oneof(
          fc.integer({ min: -1e12, max: 1e12 }),
          fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
        ),
        (locale, v) => {
          expect(parseLocaleNumber(formatNumberForInput(v, locale), locale)).toBe(v);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
