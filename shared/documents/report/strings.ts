import type { StepId } from '../../workshop/steps';
import type { GoalKind, Language, Period } from '../../workshop/schema';
import type { Team, Owner } from '../../workshop/teams';
import type { StageOwner } from '../../workshop/steps/leadProcess';
import type { BuyingRole, Evidence, IcpField, PersonaFactField, Seniority } from '../../workshop/steps/targetBuyer';
import type { MetricFrequency, MetricKind } from '../../workshop/steps/metrics';
import type { ProcessPiece, ToolCategory } from '../../workshop/steps/technology';
import type { ComplianceStatus } from '../../compliance/status';
import { EN } from './en';
import { ES } from './es';
import { PT_BR } from './ptBR';
import { ZH_CN } from './zhCN';

/**
 * Every word the workshop report prints, one table per workshop language. What the room typed
 * (names, criteria, decisions) is printed as typed; these are the headings, labels and the
 * sentences built around the room's numbers.
 */
export interface ReportStrings {
  /** BCP 47 tag for Intl number and date formatting. */
  locale: string;
  /** Between two sentences: a space, or nothing in Chinese. */
  sentenceGap: string;
  /** Between the items of a run-in list: '; ', or a full-width semicolon in Chinese. */
  listSeparator: string;
  documentTitle: string;
  unnamedClient: string;
  cover: {
    prepared: (client: string) => string;
    client: string;
    date: string;
    place: string;
    facilitator: string;
    participants: string;
    generated: string;
  };
  contents: string;
  notSet: string;
  none: string;
  yes: string;
  no: string;
  pageOf: (page: number, total: number) => string;
  footer: (client: string) => string;
  steps: Record<StepId, { title: string; purpose: string }>;
  closing: { decisions: string; actionItems: string; parkingLot: string };

  teams: Record<Team, string>;
  owners: Record<Owner, string>;
  stageOwners: Record<StageOwner | 'none', string>;

  commitment: {
    participants: string;
    cols: { name: string; role: string; team: string; agreed: string };
    statement: string;
    groundRules: string;
    howWeWork: string;
    decisionRule: string;
    decisionRules: Record<'consensus' | 'consent' | 'majority' | 'sponsorDecides', string>;
    meetingCadence: string;
    cadences: Record<'weekly' | 'biweekly' | 'monthly' | 'quarterly', string>;
    sponsor: string;
    agreedBy: (agreed: number, total: number) => string;
    /** Participants who agreed to an earlier text of the statement (their agreement no longer counts). */
    changedSince: (count: number) => string;
    /** The participants table's "Agreed" cell. */
    agreedCell: { agreed: string; changedSince: string; notYet: string };
  };
  goals: {
    cols: { goal: string; metric: string; baseline: string; target: string; deadline: string; owner: string };
    kinds: Record<GoalKind, string>;
    agreement: string;
    agreedBy: (team: string, by: string, when: string) => string;
    notAgreed: (team: string) => string;
    /** Agreed, but to goals that have changed since. */
    changedSince: (team: string, by: string, when: string) => string;
  };
  targetBuyer: {
    icp: string;
    icpFields: Record<IcpField, string>;
    personas: string;
    seniority: Record<Seniority, string>;
    buyingRole: Record<BuyingRole, string>;
    factFields: Record<PersonaFactField, string>;
    evidence: Record<Evidence, string>;
    evidenceNote: string;
    unnamedPersona: string;
  };
  leadProcess: {
    diagram: string;
    legend: { forward: string; recycle: string; feedback: string };
    recycle: string;
    feedback: string;
    stages: string;
    cols: { stage: string; owner: string; conversion: string; days: string; criteria: string };
    endWon: string;
    endLost: string;
    days: (n: string) => string;
    unnamedStage: string;
    empty: string;
  };
  scoring: {
    definition: string;
    model: string;
    fit: string;
    engagement: string;
    negative: string;
    sql: string;
    cols: { criterion: string; points: string; cap: string; effect: string; verifiedBy: string };
    veto: string;
    verifiedBy: Record<'sdr' | 'sales', string>;
    sqlRule: string;
  };
  handOff: {
    trigger: string;
    routing: string;
    routingMethod: string;
    routingMethods: Record<'roundRobin' | 'territory' | 'accountOwner' | 'namedQueue', string>;
    travelsWith: string;
    travels: Record<'activityHistory' | 'contentConsumed' | 'scoreBreakdown' | 'personaMatch', string>;
    acceptanceWindow: string;
    hours: (n: string) => string;
    rejectionReasons: string;
    followUp: string;
    channels: Record<'phone' | 'email' | 'social' | 'video' | 'sms', string>;
    dayN: (n: number) => string;
    recycleReasons: string;
    reentry: string;
  };
  sla: {
    commitments: string;
    cols: { party: string; commitment: string; period: string; note: string };
    periods: Record<Period, string>;
    terms: string;
    effectiveDate: string;
    term: string;
    months: (n: number) => string;
    funnel: string;
    funnelNone: string;
    funnelIncomplete: string;
    funnelIntro: (revenue: string, share: string, dealSize: string, period: string) => string;
    funnelPeriods: Record<'month' | 'quarter' | 'year', string>;
    funnelCols: { stage: string; rate: string; perPeriod: (period: string) => string; perMonth: string };
    funnelStages: { deals: string; opportunities: string; sqls: string; sals: string; mqls: string };
    funnelRates: { deals: string; opportunities: string; sqls: string; sals: string; mqls: string };
    version: (n: number) => string;
    witness: string;
    signatures: string;
    signatureCols: { signer: string; team: string; status: string };
    signedOn: (when: string) => string;
    notSigned: string;
    otherVersion: string;
    /** The one signing status (shared/sla/versions.ts); `draft`: nothing frozen yet. */
    state: { draft: string; ready: string; partiallySigned: string; fullySigned: string };
    /** An optional witness who has not signed: waited for by nobody. */
    witnessNotSigned: string;
    contentHash: string;
  };
  metrics: {
    cols: { metric: string; stage: string; owner: string; target: string; source: string; frequency: string; measures: string };
    kinds: Record<MetricKind, string>;
    frequencies: Record<MetricFrequency, string>;
  };
  technology: {
    tools: string;
    cols: { tool: string; category: string; owner: string; piece: string; automatedBy: string };
    categories: Record<ToolCategory, string>;
    automation: string;
    pieces: Record<ProcessPiece, string>;
    manual: string;
    gap: string;
    gapAction: (text: string) => string;
  };
  feedback: {
    meetings: string;
    cols: { meeting: string; when: string; attendees: string; agenda: string };
    frequencies: Record<'weekly' | 'biweekly' | 'monthly' | 'quarterly', string>;
    when: (frequency: string, firstDate: string, time: string, minutes: number, timeZone: string) => string;
    compliance: string;
    thresholds: (met: string, atRisk: string) => string;
    status: Record<ComplianceStatus, string>;
    noActuals: string;
    cols2: { commitment: string };
  };
  facilitation: {
    cols: { text: string; step: string; when: string; owner: string; due: string; status: string };
    open: string;
    done: string;
    resolved: string;
    general: string;
  };
}

const BY_LANGUAGE: Record<Language, ReportStrings> = { en: EN, 'pt-BR': PT_BR, es: ES, 'zh-CN': ZH_CN };

export const reportStrings = (language: Language): ReportStrings => BY_LANGUAGE[language];
