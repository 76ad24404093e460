import {
  COMMITMENT_KINDS,
  isTimeLimited,
  type CommitmentKind,
  type ResponseAction,
  type SlaCommitment,
  type Weekday,
} from '../workshop/steps/sla';
import { isPercentTarget, TARGET_LIMITS } from './commitmentLimits';

/**
 * What "met" and "at risk" mean for each commitment, its defaults, and what is wrong with one
 * as typed (codes naming the field; the UI and the freeze check word them).
 *
 * - A volume (mqlVolume), quality (leadQuality) or rate (mqlToSqlRate) is met at its target;
 *   at risk from `atRisk` % of target (default 90 %); missed below.
 * - A time-limited kind (firstTouch, followUpAttempts, disposition, qualifyBy) is met when
 *   `level` % of the leads made the time limit (default 90 %); at risk from `atRisk` % of the
 *   leads (default 10 points below the level); missed below.
 */
/** Random id (WebCrypto everywhere); not workshop/factory's, which builds its starter rows from here. */
const newId = (): string => globalThis.crypto.randomUUID();

export const DEFAULT_LEVEL = 90;
export const DEFAULT_AT_RISK_OF_TARGET = 90;
export const AT_RISK_BELOW_LEVEL = 10;

/** Kinds whose target is a percentage (at most 100): from the one table of limits. */
export const PERCENT_TARGET_KINDS: readonly CommitmentKind[] = COMMITMENT_KINDS.filter(isPercentTarget);
export const MARKETING_KINDS: readonly CommitmentKind[] = ['mqlVolume', 'leadQuality'];
export const SALES_KINDS: readonly CommitmentKind[] = ['firstTouch', 'followUpAttempts', 'disposition', 'qualifyBy', 'mqlToSqlRate'];

export const defaultLevel = (kind: CommitmentKind): number | null => (isTimeLimited(kind) ? DEFAULT_LEVEL : null);
export const defaultAtRisk = (kind: CommitmentKind, level: number | null): number =>
  isTimeLimited(kind) ? Math.max(0, (level ?? DEFAULT_LEVEL) - AT_RISK_BELOW_LEVEL) : DEFAULT_AT_RISK_OF_TARGET;

/** A commitment as stored in the draft or in a frozen version (versions before schemaVersion 5 lack the level fields). */
export interface LevelFields {
  kind: CommitmentKind;
  level?: number | null;
  atRisk?: number | null;
}

/** Where "met" starts: the level (% of leads) for time-limited kinds, else 100 % of target. */
export const metAt = (c: LevelFields): number => (isTimeLimited(c.kind) ? (c.level ?? DEFAULT_LEVEL) : 100);
/** Where "at risk" starts, in the same unit as `metAt`. */
export const atRiskAt = (c: LevelFields): number => c.atRisk ?? defaultAtRisk(c.kind, c.level ?? null);

/** A fresh commitment of a kind, with the level and at-risk defaults filled in. */
export function newCommitment(partial: Pick<SlaCommitment, 'party' | 'kind'> & Partial<SlaCommitment>, makeId = newId): SlaCommitment {
  const level = partial.level !== undefined ? partial.level : defaultLevel(partial.kind);
  return {
    id: makeId(),
    target: null,
    withinDays: null,
    period: 'month',
    note: '',
    rhythm: null,
    byDay: null,
    action: partial.kind === 'qualifyBy' ? 'qualify' : null,
    linkedTo: null,
    ...partial,
    level,
    atRisk: partial.atRisk !== undefined ? partial.atRisk : defaultAtRisk(partial.kind, level),
  };
}

/** The fields to change when a commitment becomes another kind: its levels follow the new kind's defaults. */
export function kindPatch(c: SlaCommitment, kind: CommitmentKind): Partial<SlaCommitment> {
  const level = isTimeLimited(kind) ? (c.level ?? DEFAULT_LEVEL) : null;
  const sameFamily = isTimeLimited(kind) === isTimeLimited(c.kind);
  return {
    kind,
    level,
    atRisk: sameFamily && c.atRisk !== null ? c.atRisk : defaultAtRisk(kind, level),
    withinDays: kind === 'followUpAttempts' ? c.withinDays : null,
    byDay: kind === 'qualifyBy' ? c.byDay : null,
    action: kind === 'qualifyBy' ? (c.action ?? 'qualify') : null,
    target: c.target !== null && c.target > TARGET_LIMITS[kind].max ? null : c.target,
  };
}

/** The patch when the level changes: an at-risk point that followed the old default follows the new one. */
export function levelPatch(c: SlaCommitment, level: number | null): Partial<SlaCommitment> {
  const followedDefault = c.atRisk === defaultAtRisk(c.kind, c.level);
  return followedDefault && level !== null ? { level, atRisk: defaultAtRisk(c.kind, level) } : { level };
}

/** A qualifyBy with a weekday needs no hours; every other kind needs its target. */
export const needsTarget = (c: Pick<SlaCommitment, 'kind' | 'byDay'>): boolean => !(c.kind === 'qualifyBy' && c.byDay !== null);

export type CommitmentField = 'target' | 'withinDays' | 'level' | 'atRisk' | 'linkedTo';
export type CommitmentProblem =
  | { field: 'target'; code: 'targetMissing' }
  | { field: 'target'; code: 'percentAbove100'; value: number }
  | { field: 'withinDays'; code: 'withinDaysMissing' }
  | { field: 'level'; code: 'levelMissing' }
  | { field: 'atRisk'; code: 'atRiskMissing' }
  | { field: 'atRisk'; code: 'atRiskNotBelowMet'; atRisk: number; met: number; ofLeads: boolean }
  | { field: 'linkedTo'; code: 'linkGone' };

/** What stops a commitment from being signed as typed, each naming its field; empty when it can be. */
export function commitmentProblems(c: SlaCommitment, all: readonly Pick<SlaCommitment, 'id'>[]): CommitmentProblem[] {
  const out: CommitmentProblem[] = [];
  if (needsTarget(c) && c.target === null) out.push({ field: 'target', code: 'targetMissing' });
  if (isPercentTarget(c.kind) && c.target !== null && c.target > TARGET_LIMITS[c.kind].max)
    out.push({ field: 'target', code: 'percentAbove100', value: c.target });
  if (c.kind === 'followUpAttempts' && c.withinDays === null) out.push({ field: 'withinDays', code: 'withinDaysMissing' });
  if (isTimeLimited(c.kind) && c.level === null) out.push({ field: 'level', code: 'levelMissing' });
  if (c.atRisk === null) out.push({ field: 'atRisk', code: 'atRiskMissing' });
  else if (c.atRisk >= metAt(c))
    out.push({ field: 'atRisk', code: 'atRiskNotBelowMet', atRisk: c.atRisk, met: metAt(c), ofLeads: isTimeLimited(c.kind) });
  if (c.linkedTo !== null && !all.some((x) => x.id === c.linkedTo)) out.push({ field: 'linkedTo', code: 'linkGone' });
  return out;
}

/** The room's "marketing delivers N every <day>, sales qualifies them by <day>" in one go. */
export interface DeliveryRhythm {
  volume: number | null;
  day: Weekday;
  action: ResponseAction;
  by: Weekday;
  /** Whether sales also commits to an MQL→SQL rate, and which (%; null until typed). */
  measureSqlRate: boolean;
  sqlRate: number | null;
}

/**
 * The linked pair (or trio) of commitments a delivery rhythm is: a weekly MQL volume delivered
 * on `day`, a sales `qualifyBy` by `by` answering it, and optionally an MQL→SQL rate.
 */
export function deliveryRhythmCommitments(r: DeliveryRhythm, makeId = newId): SlaCommitment[] {
  const delivery = newCommitment(
    { party: 'marketing', kind: 'mqlVolume', target: r.volume, period: 'week', rhythm: { day: r.day } },
    makeId,
  );
  const answer = newCommitment(
    { party: 'sales', kind: 'qualifyBy', period: 'week', byDay: r.by, action: r.action, linkedTo: delivery.id },
    makeId,
  );
  const rate = r.measureSqlRate
    ? [newCommitment({ party: 'sales', kind: 'mqlToSqlRate', target: r.sqlRate, period: 'week', linkedTo: delivery.id }, makeId)]
    : [];
  return [delivery, answer, ...rate];
}

/** The commitments a sales commitment may answer: marketing's MQL deliveries. */
export const linkableDeliveries = <C extends Pick<SlaCommitment, 'id' | 'party' | 'kind'>>(all: readonly C[]): C[] =>
  all.filter((c) => c.party === 'marketing' && c.kind === 'mqlVolume');
