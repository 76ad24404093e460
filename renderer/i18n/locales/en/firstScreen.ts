import { app } from './app';
import { history } from './history';
import { home } from './home';
import { verify } from './verify';

/**
 * The English the first screen needs, bundled with it: the shell, the home list, and the top
 * bar's Verify and Restore deleted buttons. The rest of English (every step's namespace) is its
 * own chunk, loaded once the list is up and awaited by every screen that needs it
 * (renderer/i18n/index.ts, allStrings).
 */
export const messages = { app, history, home, verify };
