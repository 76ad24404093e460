import type { CommitmentKind, Language, SlaCommitment } from '../workshop/schema';
import type { Rhythm, Weekday } from '../workshop/steps/sla';
import { commitmentWords } from './commitmentWords';

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
};

export const WEEKDAY_LABEL: Record<Weekday, string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

export const RESPONSE_ACTION_LABEL: Record<NonNullable<Rhythm['response']>['action'], string> = { qualify: 'qualifies', accept: 'accepts or rejects', contact: 'contacts' };
export const RESPONSE_REPORT_LABEL: Record<NonNullable<Rhythm['response']>['report'], string> = { none: 'nothing', mqlToSqlRate: 'the MQL→SQL rate', acceptanceRate: 'the acceptance rate' };

/** Which inputs a kind needs, and in which unit its target is expressed. */
export const COMMITMENT_SHAPE: Record<CommitmentKind, { targetUnit: string; needsWithinDays: boolean; targetIsPercent: boolean }> = {
  mqlVolume: { targetUnit: 'MQLs', needsWithinDays: false, targetIsPercent: false },
  leadQuality: { targetUnit: '% accepted', needsWithinDays: false, targetIsPercent: true },
  firstTouch: { targetUnit: 'hours', needsWithinDays: false, targetIsPercent: false },
  followUpAttempts: { targetUnit: 'attempts', needsWithinDays: true, targetIsPercent: false },
  disposition: { targetUnit: 'days', needsWithinDays: false, targetIsPercent: false },
};

export interface CommitmentRowText {
  party: string;
  what: string;
  target: string;
  measure: string;
  period: string;
}

/** A commitment as stored in the draft or in a frozen version (older versions have no id or rhythm). */
export type CommitmentLike = Omit<SlaCommitment, 'id' | 'rhythm'> & { rhythm?: Rhythm | null };

/** "; sales qualifies them by Wednesday and reports the MQL→SQL rate", or '' without a response. */
export function responseText(c: CommitmentLike, language: Language = 'en'): string {
  const r = c.rhythm?.response;
  if (!r || c.period !== 'week') return '';
  const words = commitmentWords(language);
  return words.response({ other: c.party === 'marketing' ? 'sales' : 'marketing', action: r.action, by: words.weekday[r.by], report: r.report });
}

/** A commitment row in words, in the document language (English by default, as the app shows it). */
export function describeCommitment(c: CommitmentLike, language: Language = 'en'): CommitmentRowText {
  const words = commitmentWords(language);
  const num = (v: number | null) => (v === null ? '…' : new Intl.NumberFormat(language).format(v));
  const rhythm = c.rhythm && c.period === 'week' ? c.rhythm : null;
  const period = rhythm ? words.every(words.weekday[rhythm.day]) : words.perPeriod[c.period];
  const response = responseText(c, language);
  const party = words.party[c.party];
  const t = num(c.target);
  switch (c.kind) {
    case 'mqlVolume':
      return { party, what: words.mqlVolume.what(t, period) + response, target: words.mqlVolume.target(t), measure: words.mqlVolume.measure, period };
    case 'leadQuality':
      return { party, what: words.leadQuality.what(t) + response, target: words.leadQuality.target(t), measure: words.leadQuality.measure, period };
    case 'firstTouch':
      return { party, what: words.firstTouch.what(t) + response, target: words.firstTouch.target(t), measure: words.firstTouch.measure, period };
    case 'followUpAttempts': {
      const d = num(c.withinDays);
      return { party, what: words.followUpAttempts.what(t, d) + response, target: words.followUpAttempts.target(t, d), measure: words.followUpAttempts.measure, period };
    }
    case 'disposition':
      return { party, what: words.disposition.what(t) + response, target: words.disposition.target(t), measure: words.disposition.measure, period };
  }
}
