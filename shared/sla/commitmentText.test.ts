import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../workshop/schema';
import { COMMITMENT_KINDS, isTimeLimited, PERIODS, RESPONSE_ACTIONS, WEEKDAYS, type SlaCommitment } from '../workshop/steps/sla';
import {
  atRiskAt,
  commitmentProblems,
  deliveryRhythmCommitments,
  kindPatch,
  levelPatch,
  metAt,
  needsTarget,
  newCommitment,
  PERCENT_TARGET_KINDS,
} from './commitmentRules';
import { describeCommitment } from './commitmentText';

/** A number as the language writes it, standing on its own (not part of a longer number). */
const containsNumber = (text: string, n: number, language: Language) => {
  const f = new Intl.NumberFormat(language).format(n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.,\\u00a0\\u202f])${f}(?!\\d|[.,\\u00a0\\u202f]\\d)`).test(text);
};

const oneDecimal = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((x) => x / 10);

const commitmentArb: fc.Arbitrary<SlaCommitment> = fc
  .record({
    kind: fc.constantFrom(...COMMITMENT_KINDS),
    party: fc.constantFrom('marketing' as const, 'sales' as const),
    target: fc.oneof(oneDecimal(0.1, 100), fc.integer({ min: 1, max: 1_000_000 })),
    withinDays: fc.integer({ min: 1, max: 365 }),
    period: fc.constantFrom(...PERIODS),
    level: oneDecimal(1, 99.9),
    riskShare: fc.double({ min: 0, max: 0.999, noNaN: true }),
    byDay: fc.option(fc.constantFrom(...WEEKDAYS), { nil: null }),
    action: fc.constantFrom(...RESPONSE_ACTIONS),
    rhythmDay: fc.option(fc.constantFrom(...WEEKDAYS), { nil: null }),
  })
  .map((r) => {
    const timeLimited = isTimeLimited(r.kind);
    const level = timeLimited ? r.level : null;
    const target = PERCENT_TARGET_KINDS.includes(r.kind) ? Math.min(r.target, 100) : r.target;
    return newCommitment({
      party: r.party,
      kind: r.kind,
      target,
      withinDays: r.kind === 'followUpAttempts' ? r.withinDays : null,
      period: r.period,
      level,
      atRisk: Math.floor((timeLimited ? r.level : 100) * r.riskShare * 10) / 10,
      byDay: r.kind === 'qualifyBy' ? r.byDay : null,
      action: r.kind === 'qualifyBy' ? r.action : null,
      rhythm: r.period === 'week' && r.rhythmDay ? { day: r.rhythmDay } : null,
    });
  });

describe('commitment rows in words', () => {
  it('say every number of the commitment, formatted for the document language', () => {
    fc.assert(
      fc.property(commitmentArb, fc.constantFrom(...LANGUAGES), (c, language) => {
        const row = describeCommitment(c, language);
        const numbers = [needsTarget(c) ? c.target : null, c.withinDays, isTimeLimited(c.kind) ? metAt(c) : null, atRiskAt(c)].filter(
          (n): n is number => n !== null,
        );
        for (const n of numbers) expect(containsNumber(row.what, n, language), `${n} in “${row.what}”`).toBe(true);
        if (needsTarget(c)) expect(containsNumber(row.target, c.target!, language), `${c.target} in “${row.target}”`).toBe(true);
        if (isTimeLimited(c.kind)) expect(containsNumber(row.met, metAt(c), language)).toBe(true);
        expect(containsNumber(row.atRisk, atRiskAt(c), language), `${atRiskAt(c)} in “${row.atRisk}”`).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('names both ends of the at-risk band and the point below which the period is missed, in every language', () => {
    fc.assert(
      fc.property(commitmentArb, fc.constantFrom(...LANGUAGES), (c, language) => {
        const { what, plain } = describeCommitment(c, language);
        const band = what.slice(plain.length);
        const upper = isTimeLimited(c.kind) ? metAt(c) : 100;
        // "from 90 %, missed below" left the reader to guess below what; the band says it.
        expect(containsNumber(band, upper, language), `${upper} in “${band}”`).toBe(true);
        const missedAt = new Intl.NumberFormat(language).format(atRiskAt(c));
        expect(band.replace(/\s/g, ' ').trimEnd(), band).toMatch(new RegExp(`${missedAt.replace(/[.]/g, '\\.')} ?%(?: 为未达成)?$`));
      }),
      { numRuns: 200 },
    );
  });

  it('reads a first-touch commitment as a revenue-operations lead writes it, and names the weekday a qualification is due', () => {
    const touch = newCommitment({ party: 'sales', kind: 'firstTouch', target: 24 });
    expect(describeCommitment(touch)).toMatchObject({
      what: 'First touch within 24 hours for at least 90 % of MQLs each month; at risk between 80 % and 90 % of MQLs; missed below 80 %',
      target: '≤ 24 hours',
      met: '90 % of MQLs in time',
      atRisk: '80 % of MQLs',
    });
    expect(describeCommitment({ ...touch, level: 100, atRisk: 95 }).what).toBe(
      'First touch within 24 hours on every MQL each month; at risk between 95 % and 100 % of MQLs; missed below 95 %',
    );
    expect(
      describeCommitment(newCommitment({ party: 'sales', kind: 'qualifyBy', byDay: 'thursday', action: 'contact' }), 'pt-BR').target,
    ).toBe('até a quinta-feira');
    expect(describeCommitment(newCommitment({ party: 'sales', kind: 'qualifyBy', target: 48 })).what).toBe(
      'Qualify each delivered MQL within 48 hours for at least 90 % of MQLs each month; at risk between 80 % and 90 % of MQLs; missed below 80 %',
    );
    expect(describeCommitment(newCommitment({ party: 'sales', kind: 'mqlToSqlRate', target: 38.5 }), 'pt-BR')).toMatchObject({
      target: '≥ 38,5 %',
      met: '100 % da meta',
      atRisk: '90 % da meta',
    });
  });
});

describe('commitment rules', () => {
  it('fill in the defaults, and an at-risk point that followed the level follows it on', () => {
    const touch = newCommitment({ party: 'sales', kind: 'firstTouch', target: 24 });
    expect([touch.level, touch.atRisk]).toEqual([90, 80]);
    expect(levelPatch(touch, 95)).toEqual({ level: 95, atRisk: 85 });
    expect(levelPatch({ ...touch, atRisk: 70 }, 95)).toEqual({ level: 95 });
    expect(kindPatch(touch, 'mqlToSqlRate')).toMatchObject({ kind: 'mqlToSqlRate', level: null, atRisk: 90 });
    expect(kindPatch({ ...touch, target: 200 }, 'mqlToSqlRate').target).toBeNull();
    expect(kindPatch(touch, 'disposition')).toMatchObject({ level: 90, atRisk: 80 });
  });

  it('name what stops a commitment from being signed: at risk must be below met', () => {
    const touch = newCommitment({ party: 'sales', kind: 'firstTouch', target: 24 });
    expect(commitmentProblems(touch, [touch])).toEqual([]);
    expect(commitmentProblems({ ...touch, atRisk: 90 }, [touch])).toEqual([
      { field: 'atRisk', code: 'atRiskNotBelowMet', atRisk: 90, met: 90, ofLeads: true },
    ]);
    expect(commitmentProblems({ ...touch, level: null, target: null }, [touch]).map((p) => p.code)).toEqual([
      'targetMissing',
      'levelMissing',
    ]);
    const volume = newCommitment({ party: 'marketing', kind: 'mqlVolume', target: 36, atRisk: 100 });
    expect(commitmentProblems(volume, [volume])).toEqual([
      { field: 'atRisk', code: 'atRiskNotBelowMet', atRisk: 100, met: 100, ofLeads: false },
    ]);
    const answer = newCommitment({ party: 'sales', kind: 'qualifyBy', byDay: 'wednesday', linkedTo: 'gone' });
    expect(commitmentProblems(answer, [answer])).toEqual([{ field: 'linkedTo', code: 'linkGone' }]);
    expect(commitmentProblems({ ...answer, byDay: null, linkedTo: null }, [answer]).map((p) => p.code)).toEqual(['targetMissing']);
  });

  it('make the Monday / Wednesday rhythm one linked set', () => {
    let n = 0;
    const [delivery, answer, rate] = deliveryRhythmCommitments(
      { volume: 50, day: 'monday', action: 'qualify', by: 'wednesday', measureSqlRate: true, sqlRate: 40 },
      () => `c${++n}`,
    );
    expect(delivery).toMatchObject({
      id: 'c1',
      party: 'marketing',
      kind: 'mqlVolume',
      target: 50,
      period: 'week',
      rhythm: { day: 'monday' },
    });
    expect(answer).toMatchObject({
      party: 'sales',
      kind: 'qualifyBy',
      byDay: 'wednesday',
      level: 90,
      atRisk: 80,
      linkedTo: 'c1',
      period: 'week',
    });
    expect(rate).toMatchObject({ party: 'sales', kind: 'mqlToSqlRate', target: 40, linkedTo: 'c1' });
    expect(describeCommitment(answer!, 'en', [delivery!, answer!]).what).toBe(
      'Qualify each MQL delivered on Monday by Wednesday of the delivery week for at least 90 % of MQLs each week; at risk between 80 % and 90 % of MQLs; missed below 80 %',
    );
  });
});
