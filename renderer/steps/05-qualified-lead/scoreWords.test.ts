import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { scoreLead } from '../../../shared/scoring/score';
import { emptyLead } from '../../../shared/scoring/lead';
import { sampleWorkshop } from '../../../shared/workshop/sample';
import { MIGRATION_NOTE_CODES } from '../../../shared/workshop/steps/qualifiedLead';
import type { Language } from '../../../shared/workshop/schema';
import { messages as en } from '../../i18n/locales/en';
import { messages as es } from '../../i18n/locales/es';
import { messages as ptBR } from '../../i18n/locales/pt-BR';
import { messages as zhCN } from '../../i18n/locales/zh-CN';
import { scoreWords, type LooseT } from './scoreWords';

const MESSAGES = { en, es, 'pt-BR': ptBR, 'zh-CN': zhCN };

function tFor(lng: Language): LooseT {
  const i = i18next.createInstance();
  void i.init({ lng, resources: { [lng]: MESSAGES[lng] }, interpolation: { escapeValue: false }, initAsync: false });
  return i.getFixedT(lng, 'qualifiedLead') as unknown as LooseT;
}

const q = sampleWorkshop().qualifiedLead;
const lead = {
  ...emptyLead(),
  title: 'Head of International Sales',
  seniority: 'Director',
  companySize: 12_000,
  email: 'ana@gmail.com',
  activities: [
    { behaviour: 'ql-eng-demo', times: 1, daysAgo: 300 },
    { behaviour: 'ql-eng-email', times: 12, daysAgo: 0 },
  ],
};
const score = scoreLead(q, lead);

describe('the simulator explains every criterion in the UI language', () => {
  it('in English: what matched, what did not and why, and each rule', () => {
    const w = scoreWords(tFor('en'));
    const lines = score.lines.map(w.line);
    expect(lines).toHaveLength(q.fit.length + q.engagement.length + q.negative.length);
    expect(lines).toContain('Company size is between 200 and 5,000: 12,000 is above');
    expect(lines).toContain('Title has the word ‘intern’: the lead has “Head of International Sales”');
    expect(lines).toContain('Requested a demo ×1, 300 days ago: 30 aged to 0 +0');
    expect(lines).toContain('Clicked a marketing e-mail ×12 (2 each), capped at 10 a month, today +10');
    expect(lines).toContain('Free e-mail domain (gmail.com) −20, veto');
    expect(score.checks.map(w.check)).toEqual([
      'Total 15 is 45 short of the threshold of 60 points.',
      'Fit 25 reaches the minimum fit of 25.',
      'Engagement 10 is below the minimum engagement of 15: profile alone is not enough.',
      'Disqualified: Free e-mail domain (gmail.com).',
    ]);
  });

  it.each(['pt-BR', 'es', 'zh-CN'] as const)('in %s: no sentence is left in English (only the values people typed)', (lng) => {
    const w = scoreWords(tFor(lng));
    const typed =
      /Head of International Sales|Software|Financial services|Retail|Logistics|Head of|C-level|VP|Director|Finance|Operations|Data|IT|Snowflake|EMEA|Requested a demo|Started a free trial|Visited the pricing page|Attended a webinar|Downloaded content|Clicked a marketing e-mail|contoso\.example|fabrikam\.example|gmail\.com|intern|Student|Graduate student|PhD student|MBA student|Undergraduate student|Working student|[a-z]+\.(com|me)|SDR|MQL|SQL/g;
    const sentences = [...score.lines.map(w.line), ...score.checks.map(w.check)].map((s) => s.replace(typed, ''));
    expect(sentences.filter((s) => /\b(is|the|has|not|points|days|ago|below|above|reaches|each|today)\b/.test(s))).toEqual([]);
  });

  it.each(['en', 'pt-BR', 'es', 'zh-CN'] as const)('in %s: every migration note has its words', (lng) => {
    const t = tFor(lng);
    for (const code of MIGRATION_NOTE_CODES)
      expect(t(`migration.${code}`, { field: 'X', value: 'v', max: 'm' })).not.toBe(`migration.${code}`);
  });
});
