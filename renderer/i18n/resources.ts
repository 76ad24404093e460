import type { Language } from '../../shared/workshop/schema';
import type { messages as en } from './locales/en';

/** English is the reference: its keys type t(), and parity.test.ts holds the others to it. */
export type Messages = typeof en;
export type Namespace = keyof Messages;

/** A language's messages: same namespaces, nested strings (plural suffixes differ per language). */
export interface MessageTree {
  [key: string]: string | MessageTree;
}
export type LanguageMessages = Record<Namespace, MessageTree>;

/**
 * Each language is its own chunk, loaded before it is shown, so a user pays only for their
 * language. The start-up bundle carries just the English of the first screen
 * (locales/en/firstScreen.ts); English in full is a chunk like the others.
 */
const LOADERS: Record<Language, () => Promise<{ messages: LanguageMessages }>> = {
  en: () => import('./locales/en'),
  'pt-BR': () => import('./locales/pt-BR'),
  es: () => import('./locales/es'),
  'zh-CN': () => import('./locales/zh-CN'),
};

export const loadMessages = async (lng: Language): Promise<LanguageMessages> => (await LOADERS[lng]()).messages;
