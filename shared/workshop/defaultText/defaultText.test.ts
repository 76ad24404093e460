import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../languages';
import { newWorkshop } from '../factory';
import type { Workshop } from '../schema';
import { leadProcessTemplate } from '../../leadProcess/templates';
import { starterModel } from '../../scoring/starterModel';
import { mqlDefinitionText } from '../../scoring/definition';
import { handOffSuggestions } from '../../handOff/defaults';
import { prefillMetrics } from '../../metrics/prefill';
import { standardMeetings } from '../../calendar/cadence';
import { draftContent } from '../../sla/content';
import { nextPeriod, periodFrom } from '../../compliance/periods';
import { buildReportView } from '../../documents/report/model';
import { DEFAULT_TEXT_TABLES, defaultText } from './index';

/** The shape of a table: keys, list lengths, and which leaves are sentences or functions. */
function shape(v: unknown): unknown {
  if (typeof v === 'function') return 'fn';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'boolean') return 'flag';
  if (Array.isArray(v)) return v.map(shape);
  return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, shape(x)]));
}
const leaves = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : typeof v === 'object' && v !== null ? Object.values(v).flatMap(leaves) : [];

let n = 0;
const makeId = () => `id-${++n}`;

describe('the generated-content tables', () => {
  it('have the same keys, the same number of suggestions and agenda items, and no blank text in every language', () => {
    const en = shape(DEFAULT_TEXT_TABLES.en);
    for (const lng of LANGUAGES) {
      expect(shape(DEFAULT_TEXT_TABLES[lng]), lng).toEqual(en);
      for (const text of leaves(DEFAULT_TEXT_TABLES[lng])) expect(text.trim(), lng).not.toBe('');
    }
  });

  it('labels a compliance period in the document language', () => {
    expect(periodFrom('2027-01-04', 'week').label).toBe('Week of 2027-01-04');
    expect(periodFrom('2027-01-04', 'week', 'pt-BR').label).toBe('Semana de 04/01/2027');
    expect(periodFrom('2027-02-01', 'month', 'es').label).toBe('feb 2027');
    expect(nextPeriod([], 'quarter', '2027-05-10', 'monday', makeId, 'zh-CN').label).toBe('2027年第2季度');
  });

  it('falls back to English for a language the app does not know', () => {
    expect(defaultText('fr')).toBe(DEFAULT_TEXT_TABLES.en);
  });
});

/** A workshop whose every step was started from what Accord offers, as a room new to the app would. */
function generatedWorkshop(language: Language): Workshop {
  const w = newWorkshop({ language, clientCompany: 'Northwind', title: 'Pilot' });
  const sales = { id: 'p-sales', name: 'Ana', role: 'CRO', team: 'sales' as const, email: '' };
  const marketing = { id: 'p-mkt', name: 'Bo', role: 'CMO', team: 'marketing' as const, email: '' };
  w.commitment.participants = [marketing, sales];
  w.sla.signerIds = [marketing.id, sales.id];
  w.goals.goals = [];
  w.leadProcess = leadProcessTemplate('default', makeId, language);
  w.qualifiedLead = starterModel(makeId, language);
  w.qualifiedLead.negative[0]!.value = 'contoso.example';
  const suggested = handOffSuggestions(language);
  w.handOff.triggerConditions = [...suggested.triggerConditions];
  w.handOff.rejectionReasons = [...suggested.rejectionReasons];
  w.handOff.recycleReasons = [...suggested.recycleReasons];
  for (const c of w.sla.commitments) c.target = c.kind === 'mqlVolume' ? 150 : c.kind === 'leadQuality' ? 80 : 3;
  w.metrics.metrics = prefillMetrics(w.leadProcess, w.sla.commitments, { currency: 'BRL', makeId, language });
  w.feedback.meetings = standardMeetings(w.commitment.participants, { from: '2027-01-04', timeZone: 'UTC', makeId, language });
  return w;
}

/**
 * The English sentences and names Accord generates (not the acronyms the industry writes the
 * same everywhere: MQL, SQL, CRM), which must not reach a document in another language.
 */
const englishPhrases = (language: Language): string[] => {
  const own = new Set(leaves(DEFAULT_TEXT_TABLES[language]));
  return leaves(DEFAULT_TEXT_TABLES.en).filter((p) => /[a-z]{3,}/.test(p) && !own.has(p));
};

describe('a workshop generated in another document language', () => {
  const generatedEnglish = generatedWorkshop('en');

  it('is generated in English for an English workshop (the phrases this test looks for)', () => {
    const text = JSON.stringify(draftContent(generatedEnglish));
    expect(text).toContain('Requested a demo');
    expect(text).toContain('SDR reviewed the MQL and accepted it within the acceptance window');
  });

  for (const language of ['pt-BR', 'es', 'zh-CN'] as const) {
    it(`${language}: the SLA, its definition and the report quote none of Accord's English defaults`, () => {
      const w = generatedWorkshop(language);
      const printed = {
        sla: leaves(draftContent(w)),
        definition: [mqlDefinitionText(w.qualifiedLead, language)],
        report: leaves(buildReportView({ workshop: w, generatedAt: '2027-01-04T10:00:00Z' }).sections),
        workshop: leaves([w.commitment, w.leadProcess, w.qualifiedLead, w.handOff, w.metrics, w.feedback]),
      };
      const phrases = englishPhrases(language);
      for (const [where, texts] of Object.entries(printed)) {
        const all = texts.join('\n');
        // A sentence anywhere; a single word ("Lost", "Nurture") only as a whole value, as a stage name is printed.
        const leaked = phrases.filter((p) => (p.includes(' ') ? all.includes(p) : texts.includes(p)));
        expect(leaked, where).toEqual([]);
      }
      const sla = printed.sla.join('\n');
      const definition = printed.definition[0]!;
      // What the room was given is what the documents quote, in its language.
      const t = DEFAULT_TEXT_TABLES[language];
      expect(sla).toContain(t.leadProcess.entryCriteria.sal.slice(1, -1));
      expect(sla).toContain(t.handOff.rejectionReasons[0]);
      expect(definition).toContain(t.scoring.engagement.demo.slice(1));
    });
  }
});
