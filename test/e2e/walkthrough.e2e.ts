import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reportStrings } from '../../shared/documents/report';
import { slaStrings } from '../../shared/documents/strings';
import { clauseStrings } from '../../shared/sla/clauseStrings';
import { defaultText } from '../../shared/workshop/defaultText';
import { LANGUAGES, type Language } from '../../shared/workshop/schema';
import { STEP_IDS } from '../../shared/workshop/steps';
import { openApp, type AppSession } from './harness';
import { pdfText, SYSTEM_LOCALE, walkNewWorkshop } from './walkthrough';

/**
 * The whole day, once per language, from an empty computer: a new workshop created from home,
 * the room's language chosen, every step filled with the least a room would do, the SLA signed
 * by marketing and sales, both PDFs exported. The documents speak the room's language (its
 * headings) with no English sentence of their templates left over. The screens of each language
 * are in test-results/walkthrough/<language>/ to page through.
 */
let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const flat = (s: string) => s.replace(/\s+/g, '');

/** Every sentence-sized string of a string table (functions called with a sample argument). */
function phrases(table: object): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'function') {
      try {
        const r = (v as (...a: unknown[]) => unknown)('Acme Robotics', 3, null);
        if (typeof r === 'string') out.push(r);
      } catch {
        // A function that needs richer arguments: its fixed words are in other entries.
      }
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(table);
  return out;
}

/**
 * English template sentences (three words or more) that a document in `language` must not carry:
 * every phrase of the English tables (the documents' own words, and what Accord writes into a new
 * workshop for the room to start from) that the language's own tables do not also use.
 */
function englishTemplatePhrases(language: Language): string[] {
  const tables = (l: Language) => [slaStrings(l), reportStrings(l), clauseStrings(l), defaultText(l)];
  const own = new Set(tables(language).flatMap(phrases).map(flat));
  return (
    tables('en')
      .flatMap(phrases)
      .map((p) => p.replace(/Acme Robotics/g, '').trim())
      .filter((p) => /^[A-Z][A-Za-z’'-]*( [A-Za-z’'-]+){2,}/.test(p) && !own.has(flat(p)))
      .map((p) => p.split(/[.:;,(—]/)[0]!.trim())
      // A function entry called with arguments it does not take says "undefined": not a phrase.
      .filter((p) => p.split(' ').length >= 3 && !p.includes('undefined'))
  );
}

describe('a new workshop walked through in each language', () => {
  for (const language of LANGUAGES) {
    it(`is created, filled, signed and exported in ${language}, its PDFs in ${language}`, { timeout: 360_000 }, async () => {
      app = await openApp({ locale: SYSTEM_LOCALE[language] });
      const out = join('test-results', 'walkthrough', language);
      const walked = await walkNewWorkshop(app.page, language, out);
      // A screen per step, named for it, to page through.
      for (const step of STEP_IDS) expect(walked.screens.some((f) => f.endsWith(`-${step}.png`))).toBe(true);

      const sla = pdfText(walked.sla);
      const s = slaStrings(language);
      for (const heading of [s.documentTitle, s.clauses.signatures, s.table.commitment.toUpperCase()])
        expect(flat(sla), `SLA heading “${heading}”`).toContain(flat(heading));
      expect(flat(sla)).toContain(flat(clauseStrings(language).consentLine));
      for (const name of ['Maya Chen', 'Diego Alvarez']) expect(sla).toContain(name);

      const report = pdfText(walked.report);
      const r = reportStrings(language);
      for (const heading of [r.documentTitle, r.contents]) expect(flat(report), `report heading “${heading}”`).toContain(flat(heading));

      if (language !== 'en') {
        const english = englishTemplatePhrases(language);
        expect(english.length, 'English template phrases to look for').toBeGreaterThan(20);
        const left = (text: string) => english.filter((p) => flat(text).includes(flat(p)));
        expect(left(sla), 'English template phrases in the SLA').toEqual([]);
        expect(left(report), 'English template phrases in the report').toEqual([]);
      }
      expect(app.problems.filter((p) => !p.includes('favicon'))).toEqual([]);
    });
  }
});
