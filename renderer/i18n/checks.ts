import { useTranslation } from 'react-i18next';
import type { CheckMessage, CheckValue } from '../../shared/workshop/checkMessage';
import { uiLocale } from './format';

/** t() of the `checks` namespace by a code only known at run time. */
export type CheckT = (key: string, values?: Record<string, unknown>) => string;

/**
 * A meaning from shared/ (a step gap, a lead-process issue, a cadence or recurrence) in the UI
 * language: values that are meanings themselves are worded first, numbers are written the
 * language's way, a list of names is joined as the language joins one ("Maya and Leo").
 * `count` stays a number so i18next can pick the plural form.
 */
export function wordCheck(t: CheckT, m: CheckMessage, locale = uiLocale()): string {
  const word = (v: CheckValue): string => {
    if (typeof v === 'number') return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v);
    if (typeof v === 'string') return v;
    if (Array.isArray(v)) return new Intl.ListFormat(locale, { type: 'conjunction' }).format(v.map((x: string | CheckMessage) => word(x)));
    return wordCheck(t, v as CheckMessage, locale);
  };
  const values: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m.values ?? {})) values[k] = k === 'count' && typeof v === 'number' ? v : word(v);
  return t(m.code, values);
}

/** Words any meaning of a shared/ check in the UI language (re-renders when it changes). */
export function useCheckMessage(): (m: CheckMessage) => string {
  const { t } = useTranslation('checks');
  return (m) => wordCheck(t as unknown as CheckT, m);
}
