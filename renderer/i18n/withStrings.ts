import { allStrings } from '.';

/**
 * A lazy screen's loader that also waits for every namespace of the UI's strings: the first
 * bundle carries only the home list's English (locales/en/firstScreen.ts).
 */
export const withStrings = <T,>(load: () => Promise<T>) => (): Promise<T> => Promise.all([load(), allStrings()]).then(([m]) => m);
