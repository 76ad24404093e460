import { allStrings } from '.';

/**
 * A lazy screen's module, once every namespace of the UI's strings is loaded too: the first
 * bundle carries only the home list's English (locales/en/firstScreen.ts).
 */
export const withStrings = <T>(loading: Promise<T>): Promise<T> => Promise.all([loading, allStrings()]).then(([m]) => m);
