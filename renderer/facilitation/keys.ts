/** The platform's modifier as its keyboard prints it (shortcuts use Ctrl or ⌘ alike). */
export const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
