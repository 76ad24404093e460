import { atRiskAt, metAt } from '../sla/commitmentRules';
import { isTimeLimited, type CommitmentKind, type SlaCommitment } from '../workshop/steps/sla';

/**
 * What an "actual" is for each kind of SLA commitment, and what it is compared with.
 *
 * - mqlVolume: a count, the MQLs delivered in the period, against the commitment's MQLs per
 *   period (converted when the log's period is not the commitment's).
 * - leadQuality, mqlToSqlRate: a share, `{ part, of }` (accepted of delivered; SQLs of
 *   delivered MQLs), as a % of the commitment's target %: 66 % accepted against 70 % is 94 %
 *   of target.
 * - firstTouch, followUpAttempts, disposition, qualifyBy (time-limited): a share, the MQLs
 *   handled in time of the MQLs received, against the commitment's level: 88 % in time with a
 *   level of 90 % is at risk, not missed, and one late lead of fifty (98 %) is met.
 *
 * Words are the UI's: `part` and `whole` are codes it names ("touched in time", "received").
 */
export type ActualShape = 'count' | 'share';
export type PartCode = 'delivered' | 'accepted' | 'sqls' | 'touchedInTime' | 'attemptsInTime' | 'dispositionedInTime' | 'handledInTime';
export type WholeCode = 'delivered' | 'received';

export interface CommitmentMeasure {
  shape: ActualShape;
  /** What the count (or the share's part) counts. */
  part: PartCode;
  /** What the share is of; null for a count. */
  whole: WholeCode | null;
  /** The score is a % of target (volume, quality, rate), or a % of leads in time (time-limited). */
  scoreUnit: 'ofTarget' | 'ofLeads';
  /** A count per commitment period, or a target %; null when step 7 has none (time-limited: unused). */
  target: number | null;
  /** Where "met" and "at risk" start, in the score's unit; null `metAt` when there is nothing to judge against. */
  metAt: number | null;
  atRiskAt: number;
}

const PART: Record<CommitmentKind, PartCode> = {
  mqlVolume: 'delivered',
  leadQuality: 'accepted',
  mqlToSqlRate: 'sqls',
  firstTouch: 'touchedInTime',
  followUpAttempts: 'attemptsInTime',
  disposition: 'dispositionedInTime',
  qualifyBy: 'handledInTime',
};

export function measureFor(c: SlaCommitment): CommitmentMeasure {
  const timeLimited = isTimeLimited(c.kind);
  const hasBar = timeLimited ? c.level !== null : c.target !== null;
  return {
    shape: c.kind === 'mqlVolume' ? 'count' : 'share',
    part: PART[c.kind],
    // What sales answers (a delivery) is counted as delivered; what it follows up, as received.
    whole:
      c.kind === 'mqlVolume'
        ? null
        : c.kind === 'leadQuality' || c.kind === 'mqlToSqlRate' || c.kind === 'qualifyBy'
          ? 'delivered'
          : 'received',
    scoreUnit: timeLimited ? 'ofLeads' : 'ofTarget',
    target: timeLimited ? null : c.target,
    metAt: hasBar ? metAt(c) : null,
    atRiskAt: atRiskAt(c),
  };
}
