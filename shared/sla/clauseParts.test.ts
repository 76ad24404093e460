import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../workshop/schema';
import { sampleWorkshop } from '../workshop/sample';
import { clauseViews, generateClauses } from './clauses';
import { draftContent } from './content';

const clause = (w: ReturnType<typeof sampleWorkshop>, kind: string) => generateClauses(w).find((c) => c.kind === kind)!.text;

describe('the clauses that say who signs, why, how often they review and until when', () => {
  it('opens the purpose with step 1’s statement, which every participant agreed to, in every document language', () => {
    for (const language of LANGUAGES) {
      const w = sampleWorkshop();
      w.language = language;
      const purpose = clause(w, 'purpose');
      expect(purpose.split('\n')[0], language).toContain(w.commitment.commitmentStatement);
      expect(purpose.split('\n')).toHaveLength(2);
    }
    // Part of the signed content: changing the statement changes what is signed.
    const w = sampleWorkshop();
    w.sla.clauses = [];
    const before = draftContent(w).clauses!.find((c) => c.kind === 'purpose')!.text;
    w.commitment.commitmentStatement = 'We act as one revenue team.';
    expect(draftContent(w).clauses!.find((c) => c.kind === 'purpose')!.text).not.toBe(before);
    expect(draftContent(w).clauses!.find((c) => c.kind === 'purpose')!.text).toContain('“We act as one revenue team.”');
  });

  it('warns on a reworded purpose when the statement it should quote changes', () => {
    const w = sampleWorkshop();
    expect(clauseViews(w).find((c) => c.kind === 'purpose')!.sourceChanged).toBe(false);
    w.commitment.commitmentStatement = 'We act as one revenue team.';
    expect(clauseViews(w).find((c) => c.kind === 'purpose')!.sourceChanged).toBe(true);
  });

  it('names the optional witness without saying she signs, in every document language', () => {
    const phrases = { en: 'signs as', 'pt-BR': 'assina como', es: 'firma como', 'zh-CN': '签署。' } as const;
    for (const language of LANGUAGES) {
      const w = sampleWorkshop();
      w.language = language;
      const parties = clause(w, 'parties');
      expect(parties, language).toContain('Grace Okafor');
      expect(parties, language).not.toContain(phrases[language]);
    }
    const w = sampleWorkshop();
    w.sla.witnessId = null;
    expect(clause(w, 'parties')).not.toContain('witness');
  });

  it('reviews at step 1’s one cadence, and the content says which', () => {
    const w = sampleWorkshop();
    w.commitment.meetingCadence = 'biweekly';
    expect(clause(w, 'review')).toContain('review compliance with this agreement every two weeks');
    expect(draftContent(w).reviewCadence).toBe('biweekly');
  });

  it('says the day the pilot ends, the day the review meetings stop', () => {
    const w = sampleWorkshop();
    expect(clause(w, 'term')).toBe(
      'This agreement takes effect on 4 Jan 2027 for a pilot term of 3 months, ending on 3 Apr 2027, after which both teams review it and decide whether to renew, change or end it.',
    );
    w.sla.termMonths = null;
    expect(clause(w, 'term')).not.toContain('ending');
  });
});
