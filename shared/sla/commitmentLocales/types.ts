import type { LegacyRhythm, Period, ResponseAction, Weekday } from '../../workshop/steps/sla';

/**
 * The words of an SLA commitment row in each document language, so that a Chinese workshop's
 * PDF says its commitments in Chinese. Numbers arrive already formatted for the language ('…'
 * when unset). Rows of versions signed before compliance levels existed are worded by `legacy`,
 * exactly as they were signed.
 */
export type Report = NonNullable<LegacyRhythm['response']>['report'];

/** What a row's sentence is made of. `all`: the level is 100 %, i.e. every lead. */
export interface RowParts {
  n: string;
  d: string;
  level: string;
  all: boolean;
  /** "each month", "each week". */
  each: string;
  /** "per month", or "every Monday" for a weekly delivery. */
  per: string;
  action: ResponseAction;
  /** The weekday (word and key) by which a qualifyBy is due, and the linked delivery's day if known. */
  day: string;
  dayKey: Weekday;
  delivered: string | null;
  deliveredKey: Weekday | null;
}

export interface KindWords {
  what: (p: RowParts) => string;
  target: (p: RowParts) => string;
  measure: (p: RowParts) => string;
}

export interface CommitmentWords {
  party: { marketing: string; sales: string };
  perPeriod: Record<Period, string>;
  eachPeriod: Record<Period, string>;
  every: (day: string) => string;
  weekday: Record<Weekday, string>;
  /**
   * Appended to a row: the at-risk band with both ends named, and the point below which the period
   * is missed (`r` the at-risk point, `l` the share of MQLs that meets the row).
   */
  band: { ofTarget: (r: string) => string; ofLeads: (r: string, l: string) => string };
  /** The table's "met at" and "at risk from" cells. */
  metCell: { ofTarget: string; ofLeads: (l: string) => string };
  atRiskCell: { ofTarget: (r: string) => string; ofLeads: (r: string) => string };
  /** A note for a schemaVersion 4 rhythm that reported the acceptance rate (the migration keeps it). */
  reportsAcceptanceRate: string;
  rows: {
    mqlVolume: KindWords;
    leadQuality: KindWords;
    firstTouch: KindWords;
    followUpAttempts: KindWords;
    disposition: KindWords;
    qualifyByDay: KindWords;
    qualifyWithin: KindWords;
    mqlToSqlRate: KindWords;
  };
  /** Rows as versions signed under schemaVersion 4 and earlier word them. */
  legacy: {
    response: (p: { other: 'marketing' | 'sales'; action: ResponseAction; by: string; report: Report }) => string;
    mqlVolume: { what: (n: string, period: string) => string; target: (n: string) => string; measure: string };
    leadQuality: { what: (n: string) => string; target: (n: string) => string; measure: string };
    firstTouch: { what: (n: string) => string; target: (n: string) => string; measure: string };
    followUpAttempts: { what: (n: string, d: string) => string; target: (n: string, d: string) => string; measure: string };
    disposition: { what: (n: string) => string; target: (n: string) => string; measure: string };
  };
}
