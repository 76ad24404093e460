import type { CommitmentKind, SlaCommitment } from '../workshop/schema';

/**
 * What an "actual" means for each kind of SLA commitment, and what it is compared with.
 *
 * - mqlVolume: the actual is the number of MQLs delivered in the period; the target is the
 *   commitment's MQLs per period.
 * - leadQuality: the actual is the % of delivered MQLs that sales accepted; the target is the
 *   commitment's % (70 % accepted against a 70 % target is 100 % of target).
 * - firstTouch, followUpAttempts, disposition ("in time" kinds): the SLA promises this for
 *   *every* lead — first touch within H hours, all K attempts within D days, a disposition
 *   within D days. The hours, attempts and days are the bar each lead must clear; the actual
 *   is the % of leads received that cleared it, and the target is 100 % of leads. So 95 % of
 *   leads touched within 24 hours is 95 % of target (at risk with the default thresholds).
 */
export interface CommitmentMeasure {
  /** What to type per period, e.g. "% of leads touched within 24 hours". */
  actualLabel: string;
  /** Short unit for the grid header and cells. */
  actualUnit: string;
  /** The value the actual is compared with, in the actual's unit; null when step 7 has none. */
  target: number | null;
  /** e.g. "180 MQLs", "70 % accepted", "100 % of leads". */
  targetLabel: string;
  /** Percent kinds cannot exceed 100. */
  isPercent: boolean;
}

const n = (v: number | null, fallback: string) => (v === null ? fallback : new Intl.NumberFormat('en').format(v));

export const IN_TIME_KINDS: readonly CommitmentKind[] = ['firstTouch', 'followUpAttempts', 'disposition'];

export function measureFor(c: SlaCommitment): CommitmentMeasure {
  switch (c.kind) {
    case 'mqlVolume':
      return { actualLabel: 'MQLs delivered', actualUnit: 'MQLs', target: c.target, targetLabel: `${n(c.target, '…')} MQLs`, isPercent: false };
    case 'leadQuality':
      return { actualLabel: '% of delivered MQLs accepted by sales', actualUnit: '% accepted', target: c.target, targetLabel: `${n(c.target, '…')} % accepted`, isPercent: true };
    case 'firstTouch':
      return { actualLabel: `% of leads touched within ${n(c.target, 'the agreed')} hours`, actualUnit: '% in time', target: 100, targetLabel: '100 % of leads', isPercent: true };
    case 'followUpAttempts':
      return { actualLabel: `% of leads with all ${n(c.target, 'agreed')} attempts within ${n(c.withinDays, 'the agreed')} days`, actualUnit: '% in time', target: 100, targetLabel: '100 % of leads', isPercent: true };
    case 'disposition':
      return { actualLabel: `% of leads dispositioned within ${n(c.target, 'the agreed')} days`, actualUnit: '% in time', target: 100, targetLabel: '100 % of leads', isPercent: true };
  }
}
