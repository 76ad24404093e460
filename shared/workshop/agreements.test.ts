import { describe, expect, it } from 'vitest';
import { goalsAgreement, goalsAgreementStatus, statementAgreement, statementAgreementCounts, statementAgreementStatus } from './agreements';
import { stepGaps } from './gaps';
import { sampleWorkshop } from './sample';

describe('agreements bound to the text agreed to', () => {
  it('"5 of 5 agreed" becomes "0 of 5 … changed since" once the statement is rewritten, and comes back with the old text', () => {
    const w = sampleWorkshop();
    const original = w.commitment.commitmentStatement;
    expect(statementAgreementCounts(w.commitment)).toEqual({ agreed: 5, changedSince: 0, total: 5 });
    expect(stepGaps(w, 'commitment').some((g) => g.field === 'agreements')).toBe(false);

    w.commitment.commitmentStatement = `${original} And we meet every two weeks.`;
    expect(statementAgreementCounts(w.commitment)).toEqual({ agreed: 0, changedSince: 5, total: 5 });
    expect(statementAgreementStatus(w.commitment, 'p-maya')).toBe('changedSince');
    // The step asks everyone again, by name.
    expect(stepGaps(w, 'commitment').find((g) => g.field === 'agreements')?.values).toEqual({
      count: 5,
      names: ['Maya Chen', 'Diego Alvarez', 'Priya Nair', 'Tom Becker', 'Grace Okafor'],
    });

    // Maya agrees to the new text; the others still have to.
    w.commitment.agreements['p-maya'] = statementAgreement(w.commitment.commitmentStatement, '2026-12-03T12:00:00.000Z');
    expect(statementAgreementCounts(w.commitment)).toEqual({ agreed: 1, changedSince: 4, total: 5 });

    // Undo the edit: the four earlier agreements are to this text again, and Maya's to the other one.
    w.commitment.commitmentStatement = original;
    expect(statementAgreementCounts(w.commitment)).toEqual({ agreed: 4, changedSince: 1, total: 5 });
  });

  it('does not count blanks around the statement or Windows line endings as a change', () => {
    const a = statementAgreement('We commit.\nTogether.', '2026-12-03T12:00:00.000Z');
    expect(statementAgreement('  We commit.\r\nTogether.\n', '2026-12-03T12:00:00.000Z')).toEqual(a);
    expect(statementAgreement('We commit. Together.', '2026-12-03T12:00:00.000Z').textHash).not.toBe(a.textHash);
  });

  it('a goal changed after both teams agreed keeps neither agreement, until each agrees to the goals as they are', () => {
    const w = sampleWorkshop();
    expect([goalsAgreementStatus(w.goals, 'marketing'), goalsAgreementStatus(w.goals, 'sales')]).toEqual(['agreed', 'agreed']);
    w.goals.goals[0]!.target = 6_500_000;
    expect([goalsAgreementStatus(w.goals, 'marketing'), goalsAgreementStatus(w.goals, 'sales')]).toEqual(['changedSince', 'changedSince']);
    expect(stepGaps(w, 'goals').map((g) => g.field)).toEqual(['agreement-marketing', 'agreement-sales']);
    w.goals.agreement.marketing = goalsAgreement(w.goals, 'Maya Chen', '2026-12-03T12:00:00.000Z');
    expect(goalsAgreementStatus(w.goals, 'marketing')).toBe('agreed');
    expect(stepGaps(w, 'goals').map((g) => g.field)).toEqual(['agreement-sales']);
    // Any field the teams read counts, the currency too; a goal's internal id does not.
    w.goals.goals[0]!.id = 'g-renamed';
    expect(goalsAgreementStatus(w.goals, 'marketing')).toBe('agreed');
    w.goals.currency = 'USD';
    expect(goalsAgreementStatus(w.goals, 'marketing')).toBe('changedSince');
  });
});
