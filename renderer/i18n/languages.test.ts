import { describe, expect, it } from 'vitest';
import { pickUiLanguage, readLanguageChoice, writeLanguageChoice } from './languages';

describe('the UI language of a system', () => {
  it('is the best of the four for the preferred locales, in order', () => {
    expect(pickUiLanguage(['pt-BR', 'en'])).toBe('pt-BR');
    expect(pickUiLanguage(['pt-PT'])).toBe('pt-BR');
    expect(pickUiLanguage(['es-MX', 'en-US'])).toBe('es');
    expect(pickUiLanguage(['zh-TW'])).toBe('zh-CN');
    expect(pickUiLanguage(['zh'])).toBe('zh-CN');
    expect(pickUiLanguage(['fr-FR', 'es-ES', 'en'])).toBe('es');
    expect(pickUiLanguage(['en-GB', 'zh-CN'])).toBe('en');
  });
  it('falls back to English when none of the four is wanted', () => {
    expect(pickUiLanguage(['fr-FR', 'de'])).toBe('en');
    expect(pickUiLanguage([])).toBe('en');
  });
  it('a stored choice is read back; anything else means "follow the system"', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
    expect(readLanguageChoice(storage)).toBe('system');
    writeLanguageChoice('zh-CN', storage);
    expect(readLanguageChoice(storage)).toBe('zh-CN');
    store.set('accord.uiLanguage', 'fr');
    expect(readLanguageChoice(storage)).toBe('system');
    writeLanguageChoice('system', storage);
    expect(store.size).toBe(0);
  });
});
