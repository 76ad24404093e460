import type { Language } from '../workshop/languages';
import { defaultText } from '../workshop/defaultText';

/**
 * Suggestions the room can take or leave, offered, never filled in silently; in the workshop's
 * document language, since what the room takes is quoted in the signed SLA.
 */
export const handOffSuggestions = (language: Language) => defaultText(language).handOff;

const norm = (s: string) => s.trim().toLowerCase();

/** Suggestions not on the list yet (case-insensitive), in their order. */
export const missingSuggestions = (list: readonly string[], suggestions: readonly string[]): string[] =>
  suggestions.filter((s) => !list.some((x) => norm(x) === norm(s)));
