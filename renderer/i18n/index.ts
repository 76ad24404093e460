import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { create } from 'zustand';
import type { Language } from '../../shared/workshop/schema';
import { loadMessages, type Namespace } from './resources';
import { messages as firstScreenEnglish } from './locales/en/firstScreen';
import { readLanguageChoice, resolveChoice, writeLanguageChoice, type UiLanguageChoice } from './languages';

/** The settings choice ('system' or a language), for the settings dialog to show. */
export const useLanguageChoice = create<{ choice: UiLanguageChoice }>(() => ({ choice: readLanguageChoice() }));

const addBundles = (lng: Language, messages: Partial<Record<Namespace, object>>) => {
  for (const ns of Object.keys(messages) as Namespace[]) i18n.addResourceBundle(lng, ns, messages[ns], true, true);
};

/** Languages whose every namespace is loaded (English may have only the first screen's). */
const complete = new Map<Language, Promise<void>>();

/** Load a language's strings into i18next (once); English is always there as the fallback. */
function ensureLoaded(lng: Language): Promise<void> {
  let loading = complete.get(lng);
  if (!loading) {
    loading = loadMessages(lng).then((messages) => addBundles(lng, messages));
    // A failed load (a chunk that could not be read) may be retried later.
    loading.catch(() => complete.delete(lng));
    complete.set(lng, loading);
  }
  return loading;
}

/**
 * Every namespace of English and of the UI language. Screens other than the home list wait
 * for this before they render (their loaders await it), so no key ever shows untranslated.
 */
export const allStrings = (): Promise<void> =>
  Promise.all([ensureLoaded('en'), ensureLoaded(resolveChoice(useLanguageChoice.getState().choice))]).then(() => undefined);

/**
 * The pseudo-locale (pseudo.ts) exists in development and in builds made for tests
 * (VITE_ACCORD_PSEUDO=1), never in what users get; a page asks for it with `?pseudo`
 * or localStorage `accord.pseudoLocale` = '1'.
 */
export const pseudoAvailable = (): boolean => import.meta.env.DEV || import.meta.env.VITE_ACCORD_PSEUDO === '1';

function pseudoRequested(): boolean {
  if (!pseudoAvailable()) return false;
  try {
    return (
      new URLSearchParams(globalThis.location?.search ?? '').has('pseudo') ||
      globalThis.localStorage?.getItem('accord.pseudoLocale') === '1'
    );
  } catch {
    return false;
  }
}

/** Set up i18next before the first render, with English and the chosen language loaded. */
export async function initI18n(): Promise<typeof i18n> {
  if (i18n.isInitialized) return i18n;
  const pseudo = pseudoRequested();
  const lng = pseudo ? 'en' : resolveChoice(useLanguageChoice.getState().choice);
  await i18n.use(initReactI18next).init({
    resources: {},
    lng,
    fallbackLng: 'en',
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    react: { useSuspense: false },
  });
  // English for the first screen is in the first bundle; the rest of it loads after (allStrings).
  addBundles('en', firstScreenEnglish);
  if (lng !== 'en') await ensureLoaded(lng);
  if (pseudo) {
    const { PSEUDO_LOCALE, pseudoMessages } = await import('./pseudo');
    await ensureLoaded('en');
    for (const [ns, tree] of Object.entries(pseudoMessages(await loadMessages('en'))))
      i18n.addResourceBundle(PSEUDO_LOCALE, ns, tree, true, true);
    await i18n.changeLanguage(PSEUDO_LOCALE);
    followHtmlLang();
    return i18n;
  }
  // Re-apply so components and <html lang> see the bundles just added.
  await i18n.changeLanguage(lng);
  followHtmlLang();
  return i18n;
}

/** Screen readers and CJK line breaking read <html lang>; it follows the UI language. */
function followHtmlLang() {
  if (typeof document === 'undefined') return;
  const apply = (lng: string) => document.documentElement.setAttribute('lang', lng);
  apply(i18n.language);
  i18n.on('languageChanged', apply);
}

export async function setLanguageChoice(choice: UiLanguageChoice): Promise<void> {
  writeLanguageChoice(choice);
  useLanguageChoice.setState({ choice });
  const lng = resolveChoice(choice);
  await ensureLoaded(lng);
  await i18n.changeLanguage(lng);
}

/** A t() for a workshop's document language, for default content written into the workshop. */
export async function documentT(lng: Language) {
  await ensureLoaded(lng);
  return i18n.getFixedT(lng);
}

export { i18n };

/** Start loading a workshop's document language, so documentTNow() can use it. */
export const preloadLanguage = (lng: Language): void => void ensureLoaded(lng).catch(() => undefined);

/** The document language if its strings are loaded already, else the UI language (for i18n.getFixedT). */
export const loadedLanguageOr = (lng: Language): string => (i18n.hasResourceBundle(lng, 'app') ? lng : i18n.language);
