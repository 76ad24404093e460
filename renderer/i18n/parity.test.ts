import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../shared/workshop/schema';
import { messages as en } from './locales/en';
import { messages as ptBR } from './locales/pt-BR';
import { messages as es } from './locales/es';
import { messages as zhCN } from './locales/zh-CN';
import type { MessageTree } from './resources';

const ALL: Record<Language, Record<string, MessageTree>> = { en, 'pt-BR': ptBR, es, 'zh-CN': zhCN };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** The keys a language must have: English's, with each plural in the forms the language uses. */
function expectedKeys(lng: Language, ns: string): Set<string> {
  const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of flatten(en[ns as keyof typeof en]).keys()) {
    if (PLURAL.test(key)) for (const c of categories) keys.add(key.replace(PLURAL, `_${c}`));
    else keys.add(key);
  }
  return keys;
}

/** {{placeholders}} and <tags> of a message, sorted: what a translation must carry over. */
const slots = (s: string) => [...(s.match(/\{\{\s*[\w.]+\s*\}\}|<\/?\w+\s*\/?>/g) ?? [])].map((x) => x.replace(/\s/g, '')).sort();

/** English's message for a key of another language (a plural form reads English's _other). */
const englishFor = (ns: string, key: string) => {
  const flat = flatten(en[ns as keyof typeof en]);
  return flat.get(key) ?? flat.get(key.replace(PLURAL, '_other'));
};

describe('translations', () => {
  const namespaces = Object.keys(en);

  it('every language has exactly the namespaces of English', () => {
    for (const lng of LANGUAGES) expect(Object.keys(ALL[lng]).sort(), lng).toEqual([...namespaces].sort());
  });

  it('English plurals have the forms English needs (one and other)', () => {
    for (const ns of namespaces) {
      const keys = [...flatten(en[ns as keyof typeof en]).keys()];
      for (const k of keys.filter((k) => PLURAL.test(k))) {
        const base = k.replace(PLURAL, '');
        expect(keys, `${ns}:${base}`).toEqual(expect.arrayContaining([`${base}_one`, `${base}_other`]));
      }
    }
  });

  for (const lng of LANGUAGES.filter((l) => l !== 'en')) {
    describe(lng, () => {
      for (const ns of namespaces) {
        it(`${ns}: no key missing or extra, plurals in ${lng}'s forms`, () => {
          const actual = new Set(flatten(ALL[lng][ns]!).keys());
          const expected = expectedKeys(lng, ns);
          expect({ missing: [...expected].filter((k) => !actual.has(k)), extra: [...actual].filter((k) => !expected.has(k)) }).toEqual({
            missing: [],
            extra: [],
          });
        });
        it(`${ns}: placeholders and tags match English`, () => {
          const wrong = [...flatten(ALL[lng][ns]!)].filter(([k, v]) => {
            const source = englishFor(ns, k);
            return source !== undefined && slots(source).join() !== slots(v).join();
          });
          expect(wrong.map(([k, v]) => `${k}: ${v}`)).toEqual([]);
        });
      }
    });
  }

  it('no message is empty in any language', () => {
    const empty = LANGUAGES.flatMap((lng) =>
      Object.entries(ALL[lng]).flatMap(([ns, tree]) =>
        [...flatten(tree)].filter(([, v]) => v.trim() === '').map(([k]) => `${lng} ${ns}:${k}`),
      ),
    );
    expect(empty).toEqual([]);
  });
});
