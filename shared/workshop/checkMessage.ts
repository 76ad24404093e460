import type { FitField, NEGATIVE_KINDS, Operator } from './steps/qualifiedLead';
import type { ProcessPiece } from './steps/technology';

/**
 * What a check in shared/ has to say, as a meaning: a code and the values that go into it.
 * shared/ never words it; the renderer says it through i18next (the `checks` namespace, whose
 * English file the compiler holds to this list) and a document through its string table.
 * A value may itself be a meaning (a field's name, a lead-process issue inside a step gap),
 * worded first and then put in its place.
 */
export interface CheckMessage {
  code: CheckCode;
  values?: CheckValues;
}

/** A list (of names) is joined the way the reader's language joins one ("A, B and C"). */
export type CheckValue = string | number | CheckMessage | readonly (string | CheckMessage)[];
export type CheckValues = Record<string, CheckValue>;

/** "Persona 2" or "Persona 2 (Head of Sales)": the row number, with the row's name when it has one. */
export type RowRef = number | CheckMessage;

/** The rules of shared/leadProcess/validate.ts (its IssueRule), named here so this file imports nothing from there. */
type LeadProcessRule =
  'noCapture' | 'noTerminal' | 'noName' | 'noOwner' | 'unreachable' | 'rateMissing' | 'rateOutOfRange' | 'danglingTransition';
type NegativeKind = (typeof NEGATIVE_KINDS)[number];
export type ConditionProblem = 'empty' | 'number' | 'range' | 'list';

export type CheckCode =
  // step 1
  | 'participantsTwo'
  | 'participantsMarketing'
  | 'participantsSales'
  | 'participantName'
  | 'groundRules'
  | 'workshopDate'
  | 'place'
  | 'sponsor'
  | 'statement'
  | 'agreement'
  | 'unnamedParticipant'
  // step 2
  | 'goals'
  | 'goalName'
  | 'goalMetric'
  | 'goalBaseline'
  | 'goalTarget'
  | 'goalDeadline'
  | 'goalsMarketing'
  | 'goalsSales'
  // step 3
  | 'icpIndustry'
  | 'personas'
  | 'personaName'
  | 'personaTitle'
  | 'personaRole'
  // step 4
  | 'lpEmpty'
  | 'lpIssue'
  | `lp.${LeadProcessRule}`
  | 'stageName'
  | 'anUnnamedStage'
  | 'unnamedStage'
  | 'missingStage'
  // step 5
  | 'fitNone'
  | 'fitValue'
  | 'engagementNone'
  | 'engagementName'
  | 'negativeValue'
  | 'sqlNone'
  | 'sqlName'
  | 'threshold'
  | 'minimumFit'
  | `cond.${ConditionProblem}`
  | 'competitorHint'
  | `op.${Operator}`
  | `fitField.${FitField}`
  | `negKind.${NegativeKind}`
  // step 6
  | 'routingQueue'
  | 'routingTerritory'
  | 'acceptance'
  | 'rejection'
  | 'cadence'
  | 'recycle'
  | 'reentry'
  | 'cadenceNone'
  | 'cadenceSummary'
  | 'attemptCount'
  | 'dayCount'
  | 'slaAttemptsWithin'
  | 'slaAttempts'
  | 'slaFirstTouch'
  // step 7
  | 'commitments'
  | 'commitmentTarget'
  | 'commitmentWithin'
  | 'commitmentPercent'
  | 'commitmentLevel'
  | 'commitmentAtRisk'
  | 'commitmentAtRiskBelowMet'
  | 'commitmentLinkGone'
  | 'signerName'
  | 'effectiveDate'
  | 'termMonths'
  | 'signersMarketing'
  | 'signersSales'
  | 'freezeFirst'
  | 'unsigned'
  // step 8
  | 'metricsNone'
  | 'metricOwner'
  | 'metricTarget'
  | 'stageNoMetric'
  | 'metricRemovedStage'
  // step 9
  | 'toolsNone'
  | 'toolName'
  | 'pieceGap'
  | `piece.${ProcessPiece}`
  // step 10
  | 'meetingsNone'
  | 'attendees'
  | 'weeklyTriage'
  | 'meetingN'
  | 'timeZone'
  | 'recur.weekly'
  | 'recur.biweekly'
  | 'recur.monthly'
  | 'recur.quarterly'
  | `weekday.${Weekday}`
  | `ord.${Ordinal}`
  // shared
  | 'named';

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay counts. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export type Ordinal = 1 | 2 | 3 | 4 | 'last';

export const say = (code: CheckCode, values?: CheckValues): CheckMessage => (values ? { code, values } : { code });

/** A numbered row, named in brackets when the person gave it a name. */
export const rowRef = (n: number, name: string): RowRef => (name.trim() ? say('named', { n, name: name.trim() }) : n);
