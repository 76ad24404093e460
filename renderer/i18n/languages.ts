// Not from the schema: that would bring zod and every step's rules into the first load.
import { LANGUAGES, type Language } from '../../shared/workshop/languages';

/** The UI speaks the same four languages as workshop documents (the source material's). */
export const UI_LANGUAGES = LANGUAGES;
export type UiLanguage = Language;

/** Each language named in itself, so anyone can find their own in the list. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  'pt-BR': 'Português (Brasil)',
  es: 'Español',
  'zh-CN': '简体中文',
};

const isUiLanguage = (v: unknown): v is Language => typeof v === 'string' && (UI_LANGUAGES as readonly string[]).includes(v);

/**
 * The best of the four for a list of preferred locales (navigator.languages), in order:
 * an exact match wins, then the same base language (pt-PT → pt-BR, es-MX → es, zh-TW → zh-CN,
 * as a reader of Portuguese or Chinese is better served by a close variant than by English).
 */
export function pickUiLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const exact = UI_LANGUAGES.find((l) => l.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const close = UI_LANGUAGES.find((l) => l.toLowerCase().split('-')[0] === base);
    if (close) return close;
  }
  return 'en';
}

/** The stored choice: a language, or 'system' to follow the operating system. */
export type UiLanguageChoice = Language | 'system';

const KEY = 'accord.uiLanguage';

export function readLanguageChoice(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): UiLanguageChoice {
  try {
    const v = storage?.getItem(KEY);
    return isUiLanguage(v) ? v : 'system';
  } catch {
    return 'system';
  }
}

export function writeLanguageChoice(
  choice: UiLanguageChoice,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = globalThis.localStorage,
): void {
  try {
    if (choice === 'system') storage?.removeItem(KEY);
    else storage?.setItem(KEY, choice);
  } catch {
    // A blocked localStorage only means the choice lasts until the window closes.
  }
}

export const systemLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];

export const resolveChoice = (choice: UiLanguageChoice): Language => (choice === 'system' ? pickUiLanguage(systemLanguages()) : choice);
