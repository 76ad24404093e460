import type { CommitmentKind, Language } from '../workshop/schema';
import { isTimeLimited, type LegacyRhythm, type ResponseAction, type SlaCommitment, type Weekday } from '../workshop/steps/sla';
import { atRiskAt, metAt } from './commitmentRules';
import { commitmentWords, type CommitmentWords, type RowParts } from './commitmentWords';

/**
 * Plain-language SLA rows, shared by the app and the PDF so both say exactly the same thing.
 * The labels below are the app's (English); the rows themselves come in every document
 * language (commitmentWords.ts).
 */

export const COMMITMENT_LABEL: Record<CommitmentKind, string> = {
  mqlVolume: 'MQL volume',
  leadQuality: 'Lead quality',
  firstTouch: 'First touch',
  followUpAttempts: 'Follow-up attempts',
  disposition: 'Disposition',
  qualifyBy: 'Qualify each delivery',
  mqlToSqlRate: 'MQL → SQL rate',
};

/** Which inputs a kind needs, and in which unit its target is expressed. */
export const COMMITMENT_SHAPE: Record<CommitmentKind, { targetUnit: string; needsWithinDays: boolean; targetIsPercent: boolean }> = {
  mqlVolume: { targetUnit: 'MQLs', needsWithinDays: false, targetIsPercent: false },
  leadQuality: { targetUnit: '% accepted', needsWithinDays: false, targetIsPercent: true },
  firstTouch: { targetUnit: 'hours', needsWithinDays: false, targetIsPercent: false },
  followUpAttempts: { targetUnit: 'attempts', needsWithinDays: true, targetIsPercent: false },
  disposition: { targetUnit: 'days', needsWithinDays: false, targetIsPercent: false },
  qualifyBy: { targetUnit: 'hours', needsWithinDays: false, targetIsPercent: false },
  mqlToSqlRate: { targetUnit: '% to SQL', needsWithinDays: false, targetIsPercent: true },
};

export interface CommitmentRowText {
  party: string;
  /** The whole commitment in one sentence, with its at-risk band (the clauses print this). */
  what: string;
  /** The same without the band, for a table that prints "met at" and "at risk from" in columns of their own. */
  plain: string;
  target: string;
  /** When a period is met: "100 % of target", "90 % of MQLs in time" ('—' for rows signed before levels). */
  met: string;
  /** Where "at risk" starts, in the same unit. */
  atRisk: string;
  measure: string;
  period: string;
}

/**
 * A commitment as stored in the draft or in a frozen version: versions frozen before
 * schemaVersion 5 have no id, level, at-risk point or link, and their rhythm may carry sales'
 * response inside marketing's row. Such a row is worded exactly as it was signed.
 */
export type CommitmentLike = Pick<SlaCommitment, 'party' | 'kind' | 'target' | 'withinDays' | 'period' | 'note'> & {
  id?: string;
  rhythm?: LegacyRhythm | null;
  level?: number | null;
  atRisk?: number | null;
  byDay?: Weekday | null;
  action?: ResponseAction | null;
  linkedTo?: string | null;
};

/** Signed before compliance levels: no at-risk point at all (a v5 row always has the key). */
const isLegacy = (c: CommitmentLike): boolean => c.atRisk === undefined;

function legacyRow(c: CommitmentLike, words: CommitmentWords, num: (v: number | null) => string): CommitmentRowText {
  const w = words.legacy;
  const rhythm = c.rhythm && c.period === 'week' ? c.rhythm : null;
  const period = rhythm ? words.every(words.weekday[rhythm.day]) : words.perPeriod[c.period];
  const r = rhythm?.response;
  const response = r
    ? w.response({ other: c.party === 'marketing' ? 'sales' : 'marketing', action: r.action, by: words.weekday[r.by], report: r.report })
    : '';
  const party = words.party[c.party];
  const t = num(c.target);
  const row = (what: string, target: string, measure: string) => ({
    party,
    what: what + response,
    plain: what + response,
    target,
    met: '—',
    atRisk: '—',
    measure,
    period,
  });
  switch (c.kind) {
    case 'mqlVolume':
      return row(w.mqlVolume.what(t, period), w.mqlVolume.target(t), w.mqlVolume.measure);
    case 'leadQuality':
      return row(w.leadQuality.what(t), w.leadQuality.target(t), w.leadQuality.measure);
    case 'firstTouch':
      return row(w.firstTouch.what(t), w.firstTouch.target(t), w.firstTouch.measure);
    case 'followUpAttempts': {
      const d = num(c.withinDays);
      return row(w.followUpAttempts.what(t, d), w.followUpAttempts.target(t, d), w.followUpAttempts.measure);
    }
    default:
      return row(w.disposition.what(t), w.disposition.target(t), w.disposition.measure);
  }
}

/**
 * A commitment row in words, in the document language (English by default, as the app shows
 * it). `all` is the list the row belongs to, so a sales row can name the delivery it answers.
 */
export function describeCommitment(c: CommitmentLike, language: Language = 'en', all: readonly CommitmentLike[] = []): CommitmentRowText {
  const words = commitmentWords(language);
  const num = (v: number | null) => (v === null ? '…' : new Intl.NumberFormat(language).format(v));
  if (isLegacy(c)) return legacyRow(c, words, num);

  const rhythm = c.rhythm && c.period === 'week' ? c.rhythm : null;
  const per = rhythm ? words.every(words.weekday[rhythm.day]) : words.perPeriod[c.period];
  const delivery = c.linkedTo ? all.find((x) => x.id === c.linkedTo) : undefined;
  const deliveredKey = delivery?.rhythm && delivery.period === 'week' ? delivery.rhythm.day : null;
  const dayKey = c.byDay ?? 'monday';
  const level = metAt(c);
  const parts: RowParts = {
    n: num(c.target),
    d: num(c.withinDays),
    level: num(level),
    all: level >= 100,
    each: words.eachPeriod[c.period],
    per,
    action: c.action ?? 'qualify',
    day: words.weekday[dayKey],
    dayKey,
    delivered: deliveredKey ? words.weekday[deliveredKey] : null,
    deliveredKey,
  };
  const timeLimited = isTimeLimited(c.kind);
  const r = num(atRiskAt(c));
  const kind = c.kind === 'qualifyBy' ? (c.byDay ? 'qualifyByDay' : 'qualifyWithin') : c.kind;
  const w = words.rows[kind];
  return {
    party: words.party[c.party],
    what: w.what(parts) + (timeLimited ? words.band.ofLeads(r, parts.level) : words.band.ofTarget(r)),
    plain: w.what(parts),
    target: w.target(parts),
    met: timeLimited ? words.metCell.ofLeads(parts.level) : words.metCell.ofTarget,
    atRisk: timeLimited ? words.atRiskCell.ofLeads(r) : words.atRiskCell.ofTarget(r),
    measure: w.measure(parts),
    period: rhythm ? per : words.perPeriod[c.period],
  };
}
