import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { messages as en } from './locales/en';
import { PSEUDO_LOCALE, pseudoMessages, pseudoText } from './pseudo';

/** Plain English words of four letters or more, outside {{placeholders}} and <tags>. */
const englishWords = (s: string) => s.replace(/\{\{[^}]*\}\}|<\/?\w+\s*\/?>|\$t\([^)]*\)/g, ' ').match(/\b[A-Za-z]{4,}\b/g) ?? [];

describe('pseudo-locale', () => {
  it('accents every letter, keeps placeholders and tags, brackets the text and makes it about 40 % longer', () => {
    const said = pseudoText('Goal {{n}}: target is <strong>required</strong>.');
    expect(said).toMatch(/^\[.*\]$/);
    expect(said).toContain('{{n}}');
    expect(said).toContain('<strong>');
    expect(englishWords(said)).toEqual([]);
    const plain = 'Participants: add at least two people, one from marketing and one from sales.';
    expect(pseudoText(plain).length).toBeGreaterThanOrEqual(Math.round(plain.length * 1.4));
  });

  it('leaves no English word in any message of any namespace, and i18next still fills it in', async () => {
    const pseudo = pseudoMessages(en);
    const flat = (t: object): string[] => Object.values(t).flatMap((v) => (typeof v === 'string' ? [v] : flat(v as object)));
    expect(flat(pseudo).filter((s) => englishWords(s).length > 0)).toEqual([]);
    expect(flat(pseudo)).toHaveLength(flat(en).length);
    const i = i18next.createInstance();
    await i.init({ lng: PSEUDO_LOCALE, resources: { [PSEUDO_LOCALE]: pseudo }, interpolation: { escapeValue: false }, initAsync: false });
    const said = i.t('checks:agreement', { count: 2, names: 'Maya and Leo' });
    expect(said).toContain('Maya and Leo');
    expect(said).toMatch(/^\[Á/);
  });
});
