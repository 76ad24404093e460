import type { Language } from '../workshop/schema';
import type { ClauseKind } from '../workshop/steps/sla';
import type { MetricKind } from '../workshop/steps/metrics';
import { ES_CLAUSES } from './clauseLocales/es';
import { PT_BR_CLAUSES } from './clauseLocales/pt-BR';
import { ZH_CN_CLAUSES } from './clauseLocales/zh-CN';
import { bullets, sentenceAfter } from './clauseLocales/text';

/**
 * Every sentence the generated SLA clauses are made of, one table per document language
 * (English here, the others in clauseLocales/); the quoted workshop data (names, criteria,
 * notes) stays in the words the room typed.
 */
export interface ClauseStrings {
  title: Record<ClauseKind, string>;
  list: (items: string[]) => string;
  parties: (p: { client: string; marketing: string[]; sales: string[]; witness: string | null }) => string;
  /** `statement`: step 1's commitment statement, quoted first in the room's own words. */
  purpose: (p: { client: string; goal: string | null; statement: string | null }) => string;
  definitions: (p: Definitions) => string;
  marketingCommitments: (rows: string[]) => string;
  salesCommitments: (p: { rows: string[]; rejectionReasons: string[] }) => string;
  handOff: (p: HandOff) => string;
  metrics: (rows: MetricRow[]) => string;
  /** A long scoreboard: the clause points to the table of every metric printed with it. */
  metricsTable: (count: number) => string;
  /** "per month", after a metric target whose unit does not say its period. */
  perPeriod: Record<'week' | 'month' | 'quarter' | 'year', string>;
  review: (p: { cadence: string; escalation: string }) => string;
  term: (p: { effectiveDate: string | null; months: number | null; lastDay: string | null }) => string;
  amendments: string;
  /** A metric's kind, named in the metrics clause when the room left its name blank. */
  metricKind: Record<MetricKind, string>;
  routing: Record<'roundRobin' | 'territory' | 'accountOwner' | 'namedQueue', string>;
  travelsWith: Record<'activityHistory' | 'contentConsumed' | 'scoreBreakdown' | 'personaMatch', string>;
  cadence: Record<'weekly' | 'biweekly' | 'monthly' | 'quarterly', string>;
  consentLine: string;
  unnamedParticipant: string;
  unnamedClient: string;
  person: (name: string, role: string) => string;
  /** A commitment row followed by its note. */
  withNote: (row: string, note: string) => string;
}

/** The facts each clause is written from (its "source"). */
export interface Definitions {
  /** Step 5's model in English sentences (shared/scoring/definition.ts), quoted by the English text. */
  mql: string;
  threshold: number;
  minimumFit: number | null;
  minimumEngagement?: number | null;
  sal: string | null;
  acceptanceHours: number | null;
  sqlCriteria: string[];
  sqlStage: string | null;
}
export interface HandOff {
  threshold: number;
  conditions: string[];
  routing: string;
  routingDetail: string;
  travelsWith: string[];
  cadence: { attempts: number; days: number } | null;
  recycleReasons: string[];
  reentryRule: string;
}
export interface MetricRow {
  name: string;
  target: string | null;
  source: string;
  frequency: 'daily' | 'weekly' | 'monthly' | 'quarterly';
}

const sentenceList = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
const numbered = (rows: string[]) => rows.map((r, i) => `(${i + 1}) ${r.replace(/\.$/, '')}.`).join('\n');

const en: ClauseStrings = {
  title: {
    parties: 'Parties',
    purpose: 'Purpose',
    definitions: 'Definitions',
    marketingCommitments: 'Marketing commitments',
    salesCommitments: 'Sales commitments',
    handOff: 'Hand-off and recycling',
    metrics: 'Metrics and reporting',
    review: 'Review and escalation',
    term: 'Term',
    amendments: 'Amendments',
  },
  list: sentenceList,
  parties: ({ client, marketing, sales, witness }) =>
    [
      `This service level agreement is made between the marketing team and the sales team of ${client}.`,
      marketing.length > 0 ? `Marketing is represented by ${sentenceList(marketing)}.` : 'Marketing has no representative named yet.',
      sales.length > 0 ? `Sales is represented by ${sentenceList(sales)}.` : 'Sales has no representative named yet.',
      // Named, not "signs as": the witness is optional and the agreement does not wait for them.
      witness
        ? `${witness} is named as executive witness; a witness signature is optional, and the agreement takes effect with the signatures of marketing and sales.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  purpose: ({ client, goal, statement }) =>
    `${statement ? `Both teams open this agreement with the commitment they made together in the workshop: “${statement}”\n` : ''}Marketing and sales at ${client} agree on what a qualified lead is, how leads are handed over and followed up, and how both teams review the results together${goal ? `, in order to reach the goal “${goal}”` : ''}. The teams stay separate; this agreement aligns them through shared definitions, written commitments and regular reviews.`,
  definitions: ({ mql, threshold, minimumFit, minimumEngagement, sal, acceptanceHours, sqlCriteria, sqlStage }) =>
    [
      `MQL (marketing-qualified lead): ${mql}`,
      `Scoring threshold: ${threshold} points${minimumFit ? `, with at least ${minimumFit} points from fit` : ''}${minimumEngagement ? `${minimumFit ? ' and' : ', with at least'} ${minimumEngagement} from engagement` : ''}. Every criterion, its points, caps and decay are listed in the MQL definition appendix, which is part of this agreement.`,
      `SAL (sales-accepted lead): an MQL that sales has accepted${acceptanceHours ? ` within ${acceptanceHours} hours of receiving it` : ''}${sal ? ` — ${sal.replace(/\.$/, '').replace(/^./, (ch) => ch.toLowerCase())}` : ''}.`,
      `SQL (sales-qualified lead): ${sqlCriteria.length > 0 ? `an accepted lead for which ${sentenceList(sqlCriteria)} are confirmed.` : (sqlStage ?? 'an accepted lead that sales has qualified as a real buying opportunity.')}`,
    ].join('\n'),
  marketingCommitments: (rows) =>
    rows.length === 0 ? 'Marketing has no commitments yet.' : `Marketing commits to the following:\n${numbered(rows)}`,
  salesCommitments: ({ rows, rejectionReasons }) =>
    [
      rows.length === 0 ? 'Sales has no commitments yet.' : `Sales commits to the following:\n${numbered(rows)}`,
      rejectionReasons.length > 0
        ? `Sales gives marketing feedback on every rejected lead, with one of the agreed reasons:\n${bullets(rejectionReasons)}`
        : 'Sales gives marketing feedback on every rejected lead, with its reason.',
    ].join('\n'),
  handOff: ({ threshold, conditions, routing, routingDetail, travelsWith, cadence, recycleReasons, reentryRule }) =>
    [
      conditions.length > 0
        ? `A lead is handed over to sales when it reaches ${threshold} points and meets ${conditions.length === 1 ? 'this condition' : 'each of these conditions'}:\n${bullets(conditions)}`
        : `A lead is handed over to sales when it reaches ${threshold} points.`,
      [
        `It is routed by ${routing}${routingDetail ? `: ${routingDetail.replace(/\.$/, '')}` : ''}.`,
        travelsWith.length > 0 ? `Sales receives it together with ${sentenceList(travelsWith)}.` : '',
        cadence
          ? `Sales follows it up with ${cadence.attempts} attempt${cadence.attempts === 1 ? '' : 's'} over ${cadence.days} day${cadence.days === 1 ? '' : 's'}.`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
      recycleReasons.length > 0 ? `A lead goes back to nurture, with its reason recorded, when:\n${bullets(recycleReasons)}` : '',
      // The room's rule in its own words, fragment or sentence alike, introduced so it never dangles.
      reentryRule ? `How a recycled lead returns to sales, in the teams’ own words: “${reentryRule.replace(/\.$/, '')}.”` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  metrics: (rows) =>
    rows.length === 0
      ? 'Both teams report the SLA commitments above on a shared scoreboard.'
      : `Both teams report on a shared scoreboard:\n${numbered(rows.map((m) => `${m.name}${m.target ? `, target ${m.target}` : ''}${m.source ? `, from ${m.source}` : ''}, reported ${{ daily: 'daily', weekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly' }[m.frequency]}`))}`,
  metricsTable: (n) =>
    `Both teams report on a shared scoreboard of ${n} metrics, each with its owner, target, data source and reporting frequency, as listed in the scoreboard table below.`,
  perPeriod: { week: 'per week', month: 'per month', quarter: 'per quarter', year: 'per year' },
  review: ({ cadence, escalation }) =>
    `Marketing and sales review compliance with this agreement ${cadence}, together. ${escalation ? `A commitment missed two periods in a row is escalated to: ${escalation.replace(/\.$/, '')}.` : 'A commitment missed two periods in a row is escalated to the executive sponsor.'}`,
  term: ({ effectiveDate, months, lastDay }) =>
    `This agreement takes effect on ${effectiveDate ?? 'a date still to be set'}${months ? ` for a pilot term of ${months} month${months === 1 ? '' : 's'}` : ''}${lastDay ? `, ending on ${lastDay}` : ''}, after which both teams review it and decide whether to renew, change or end it.`,
  metricKind: {
    stageVolume: 'Volume in a stage',
    stageConversion: 'Conversion to the next stage',
    mqlToSqlRate: 'MQL → SQL rate',
    acceptanceRate: 'Acceptance rate',
    timeToFirstTouch: 'Time to first touch',
    followUpCompletion: 'Follow-up completion',
    dispositionInTime: 'Disposition in time',
    velocity: 'Velocity (days in funnel)',
    pipelineValue: 'Pipeline value',
    winRate: 'Win rate',
    revenue: 'Revenue',
    custom: 'Custom metric',
  },
  amendments:
    'Any change after signing is made as a new version of this agreement, listing what changed, and is signed again by both teams. Earlier versions stay on record with their signatures and fingerprints.',
  routing: { roundRobin: 'round robin', territory: 'territory', accountOwner: 'account owner', namedQueue: 'named queue' },
  travelsWith: {
    activityHistory: 'the activity history',
    contentConsumed: 'the content consumed',
    scoreBreakdown: 'the score breakdown',
    personaMatch: 'the persona match',
  },
  cadence: { weekly: 'every week', biweekly: 'every two weeks', monthly: 'every month', quarterly: 'every quarter' },
  consentLine: 'I have read this service level agreement and sign it on behalf of my team.',
  unnamedParticipant: 'an unnamed participant',
  unnamedClient: 'the client',
  person: (name, role) => (role ? `${name} (${role})` : name),
  withNote: (row, note) => sentenceAfter(row, note),
};

const TABLES: Record<Language, ClauseStrings> = { en, 'pt-BR': PT_BR_CLAUSES, es: ES_CLAUSES, 'zh-CN': ZH_CN_CLAUSES };

export const clauseStrings = (language: Language): ClauseStrings => TABLES[language];
