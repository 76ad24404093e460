import { create } from 'zustand';

export const THEMES = ['standard', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

const KEY = 'accord.theme';

function read(): Theme {
  try {
    const v = localStorage.getItem(KEY);
    return (THEMES as readonly string[]).includes(v ?? '') ? (v as Theme) : 'standard';
  } catch {
    return 'standard'; // storage disabled: the standard theme, nothing to remember
  }
}

function apply(theme: Theme) {
  if (typeof document !== 'undefined') document.documentElement.dataset.theme = theme;
}

interface ThemeState {
  theme: Theme;
  setTheme(theme: Theme): void;
}

/** The look of this computer's Accord (not of a workshop): remembered across restarts. */
export const useTheme = create<ThemeState>((set) => ({
  theme: read(),
  setTheme(theme) {
    try {
      localStorage.setItem(KEY, theme);
    } catch {
      // still applied for this session
    }
    apply(theme);
    set({ theme });
  },
}));

/** Before the first paint, so a projector setup never flashes the small type first. */
export const applyStoredTheme = () => apply(useTheme.getState().theme);
