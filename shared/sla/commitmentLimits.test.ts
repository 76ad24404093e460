import { describe, expect, it } from 'vitest';
import { COMMITMENT_KINDS, slaCommitmentSchema } from '../workshop/steps/sla';
import { AT_RISK_LIMITS, LEVEL_LIMITS, PERCENT_RANGE, TARGET_LIMITS } from './commitmentLimits';
import { commitmentProblems, kindPatch, newCommitment, PERCENT_TARGET_KINDS } from './commitmentRules';

const make = (kind: (typeof COMMITMENT_KINDS)[number], target: number | null) =>
  newCommitment({ party: 'sales', kind, target }, () => 'c1');

describe('the limits of a commitment, declared once', () => {
  it('name a percentage target above its maximum before freezing, and nothing at the maximum', () => {
    for (const kind of COMMITMENT_KINDS) {
      const { max } = TARGET_LIMITS[kind];
      const codes = (target: number) => commitmentProblems(make(kind, target), []).map((p) => p.code);
      expect(codes(max), kind).not.toContain('percentAbove100');
      expect(codes(max + 1).includes('percentAbove100'), kind).toBe(PERCENT_TARGET_KINDS.includes(kind));
    }
    expect([...PERCENT_TARGET_KINDS].sort()).toEqual(['leadQuality', 'mqlToSqlRate']);
  });

  it('clear a target the new kind cannot hold when the kind changes', () => {
    expect(kindPatch(make('mqlVolume', 150), 'leadQuality').target).toBeNull();
    expect(kindPatch(make('mqlVolume', 100), 'leadQuality').target).toBe(100);
    expect(kindPatch(make('leadQuality', 80), 'mqlVolume').target).toBe(80);
  });

  it('are what the schema stores: a level or at-risk point within the percentage range', () => {
    const stored = (patch: object) => slaCommitmentSchema.safeParse({ ...make('firstTouch', 24), ...patch }).success;
    expect(stored({ level: PERCENT_RANGE.max, atRisk: PERCENT_RANGE.min })).toBe(true);
    expect(stored({ level: PERCENT_RANGE.max + 1 })).toBe(false);
    expect(stored({ atRisk: PERCENT_RANGE.min - 1 })).toBe(false);
    // The inputs are stricter than what a half-typed draft may store, never wider.
    for (const l of [LEVEL_LIMITS, AT_RISK_LIMITS]) expect(l.min >= PERCENT_RANGE.min && l.max <= PERCENT_RANGE.max).toBe(true);
  });
});
