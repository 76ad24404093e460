import type { CommitmentKind, Period, SlaCommitment } from '../workshop/schema';

/**
 * Plain-language SLA rows, shared by the app and the PDF so both say exactly the same thing.
 * English only in this version; the workshop's document language arrives with the
 * translations (issue 7), keyed by the same kinds.
 */
const PERIOD_NOUN: Record<Period, string> = { week: 'week', month: 'month', quarter: 'quarter' };

export const COMMITMENT_LABEL: Record<CommitmentKind, string> = {
  mqlVolume: 'MQL volume',
  leadQuality: 'Lead quality',
  firstTouch: 'First touch',
  followUpAttempts: 'Follow-up attempts',
  disposition: 'Disposition',
};

/** Which inputs a kind needs, and in which unit its target is expressed. */
export const COMMITMENT_SHAPE: Record<CommitmentKind, { targetUnit: string; needsWithinDays: boolean; targetIsPercent: boolean }> = {
  mqlVolume: { targetUnit: 'MQLs', needsWithinDays: false, targetIsPercent: false },
  leadQuality: { targetUnit: '% accepted', needsWithinDays: false, targetIsPercent: true },
  firstTouch: { targetUnit: 'hours', needsWithinDays: false, targetIsPercent: false },
  followUpAttempts: { targetUnit: 'attempts', needsWithinDays: true, targetIsPercent: false },
  disposition: { targetUnit: 'days', needsWithinDays: false, targetIsPercent: false },
};

const n = (v: number | null, fallback = '…'): string => (v === null ? fallback : new Intl.NumberFormat('en').format(v));

export interface CommitmentRowText {
  party: string;
  what: string;
  target: string;
  measure: string;
  period: string;
}

export function describeCommitment(c: SlaCommitment): CommitmentRowText {
  const party = c.party === 'marketing' ? 'Marketing' : 'Sales';
  const period = `per ${PERIOD_NOUN[c.period]}`;
  switch (c.kind) {
    case 'mqlVolume':
      return { party, what: `Deliver ${n(c.target)} marketing-qualified leads ${period}`, target: `${n(c.target)} MQLs`, measure: 'MQLs delivered to sales', period };
    case 'leadQuality':
      return { party, what: `At least ${n(c.target)} % of delivered MQLs accepted by sales`, target: `≥ ${n(c.target)} %`, measure: 'accepted ÷ delivered', period };
    case 'firstTouch':
      return { party, what: `First touch on every MQL within ${n(c.target)} hours`, target: `≤ ${n(c.target)} hours`, measure: 'leads touched in time ÷ leads received', period };
    case 'followUpAttempts':
      return { party, what: `${n(c.target)} contact attempts within ${n(c.withinDays)} days`, target: `${n(c.target)} attempts / ${n(c.withinDays)} days`, measure: 'leads with all attempts ÷ leads received', period };
    case 'disposition':
      return { party, what: `Disposition (accept, reject with reason, or recycle) within ${n(c.target)} days`, target: `≤ ${n(c.target)} days`, measure: 'leads dispositioned in time ÷ leads received', period };
  }
}
