import { useTranslation } from 'react-i18next';
import type { Gap } from '../../shared/workshop/gaps';
import { gaps as en } from './locales/en/gaps';

/**
 * shared/ writes its gap messages in English and stays free of i18next. The renderer
 * translates them at the edge: each English template in the `gaps` namespace
 * ("Goal {{n}}: target is required.") is turned into a pattern, a message that matches is
 * re-said with the same values in the UI language, and a value that is itself a known
 * message (a lead-process issue inside "Lead process: …") is translated in turn.
 * An unknown message is shown as it came, in English, rather than not at all.
 */
interface Template {
  key: string;
  pattern: RegExp;
  names: string[];
  literal: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileTemplates(templates: Record<string, string>): Template[] {
  return Object.entries(templates)
    .map(([key, text]) => {
      const names: string[] = [];
      const parts = text.split(/\{\{(\w+)\}\}/);
      const source = parts.map((p, i) => (i % 2 === 1 ? (names.push(p), '(.+?)') : escape(p))).join('');
      return { key, pattern: new RegExp(`^${source}$`, 's'), names, literal: parts.filter((_, i) => i % 2 === 0).join('').length };
    })
    .sort((a, b) => b.literal - a.literal);
}

const TEMPLATES = compileTemplates(en);

/** The key and values of the template a message was made from, or null. */
export function matchGapMessage(message: string): { key: string; values: Record<string, string> } | null {
  for (const t of TEMPLATES) {
    const m = t.pattern.exec(message);
    if (m) return { key: t.key, values: Object.fromEntries(t.names.map((n, i) => [n, m[i + 1] ?? ''])) };
  }
  return null;
}

/** t() by a key only known at run time (a template's key). */
export type LooseT = (key: string, values?: Record<string, unknown>) => string;

export function translateGapMessage(message: string, t: LooseT, depth = 0): string {
  const found = depth < 3 ? matchGapMessage(message) : null;
  if (!found) return message;
  const values = Object.fromEntries(Object.entries(found.values).map(([k, v]) => [k, translateGapMessage(v, t, depth + 1)]));
  return t(found.key, values);
}

export function useGapMessage(): (g: Gap) => string {
  const say = useCheckMessage();
  return (g) => say(g.message);
}

/** The same for any message of a shared/ check (a lead-process issue, a scoring problem). */
export function useCheckMessage(): (message: string) => string {
  const { t } = useTranslation('gaps');
  return (message) => translateGapMessage(message, t as unknown as LooseT);
}
