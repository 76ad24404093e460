import type { Language } from '../languages';
import type { MeetingCadence } from '../schema';
import type { Meeting } from '../steps/feedback';
import type { Seniority } from '../steps/targetBuyer';
import type { Weekday } from '../steps/sla';
import { en } from './en';
import { es } from './es';
import { ptBR } from './pt-BR';
import { zhCN } from './zh-CN';

type StandardMeeting = Exclude<Meeting['kind'], 'custom'>;
type Period = 'week' | 'month' | 'quarter' | 'year';

/** The template stages by their key in shared/leadProcess/templates.ts. */
export type TemplateStageKey = 'captured' | 'nurture' | 'mql' | 'sal' | 'sql' | 'opportunity' | 'won' | 'lost';

/**
 * Everything Accord writes into a workshop for the room to start from (template stages, starter
 * criteria, suggestions, metric names, meeting agendas), one table per document language: what is
 * generated is signed in the SLA, so it is written in the language the SLA is printed in. Once
 * generated it is the room's own text, stored as typed; changing the language later leaves it be.
 */
export interface DefaultText {
  /** Step 1: the ground rules and the commitment statement the SLA's purpose quotes. */
  commitment: { groundRules: string[]; statement: string };
  leadProcess: {
    stage: Record<TemplateStageKey, string>;
    entryCriteria: Record<TemplateStageKey, string>;
    recycleEdge: string;
    feedbackEdge: string;
  };
  scoring: {
    /** Comma-separated, as a oneOf criterion's value. */
    starterSeniorities: string;
    starterDepartments: string;
    studentTitles: string;
    seniority: Record<Seniority, string>;
    engagement: { demo: string; pricing: string; webinar: string; download: string; emailClick: string };
    bant: Record<'budget' | 'authority' | 'need' | 'timing', { label: string; description: string }>;
  };
  /** Step 5's "definition in plain words"; numbers come already formatted in the language. */
  definition: {
    /** The first paragraph's rule: "scores at least 60 points, with at least 25 from fit …". */
    mql: (p: {
      threshold: string;
      thresholdCount: number;
      minimumFit: string | null;
      minimumEngagement: string | null;
      vetoes: boolean;
    }) => string;
    fit: (items: string[]) => string;
    fitItem: (condition: string, points: string) => string;
    engagement: (items: string[], decay: string) => string;
    engagementItem: (behaviour: string, points: string, cap: { cap: string; period: Period } | null) => string;
    decayHalfLife: (days: string) => string;
    decayWeekly: (points: string, count: number) => string;
    vetoes: (items: string[]) => string;
    penalties: (items: string[]) => string;
    penaltyItem: (condition: string, points: string) => string;
    /** "(a competitor)" after a negative criterion of that kind. */
    kindNoun: Record<'competitor' | 'student' | 'freeEmailDomain', string>;
    sql: (items: string[]) => string;
    sqlItem: (label: string, description: string, by: 'sdr' | 'sales') => string;
    /** The unit after a company size: "employees". */
    employees: string;
    /** Lower-cases a condition's first word where the language has case and the sentence needs it. */
    lowerFirst: boolean;
  };
  handOff: { triggerConditions: string[]; rejectionReasons: string[]; recycleReasons: string[] };
  metrics: {
    /** The plural noun a stage's volume counts. */
    noun: Record<'mql' | 'sal' | 'sql' | 'opportunity' | 'deals' | 'leads', string>;
    stageVolume: (stage: string) => string;
    /** "MQLs / month" */
    perPeriod: (noun: string, period: Period) => string;
    unnamedStage: string;
    mqlToSqlRate: string;
    acceptanceRate: string;
    velocity: string;
    winRate: string;
    revenue: string;
    timeToFirstTouch: string;
    followUpCompletion: (attempts: string | null, withinDays: number | null) => string;
    dispositionInTime: (days: string | null) => string;
    qualifyBy: (action: 'accept' | 'contact' | 'qualify', by: { day: string } | { hours: number | null }) => string;
    weekday: Record<Weekday, string>;
    unit: { percentLeads: string; percentMqls: string; percentAccepted: string; hours: string; days: string; currency: string };
    source: { crm: string; marketingAutomation: string };
  };
  /** Step 10: the label of a compliance period the log adds ("Week of 2027-01-04", "Jan 2027", "Q1 2027"). */
  compliance: {
    weekOf: (isoDate: string) => string;
    /** Short month names, January first. */
    months: readonly string[];
    month: (name: string, year: number) => string;
    quarter: (q: number, year: number) => string;
  };
  meetings: {
    title: Record<StandardMeeting, string>;
    triage: Record<MeetingCadence, string>;
    agenda: Record<StandardMeeting, readonly string[]>;
  };
}

const TABLES: Record<Language, DefaultText> = { en, 'pt-BR': ptBR, es, 'zh-CN': zhCN };

/** The generated-content table of a document language (English for one the app does not know). */
export const defaultText = (language: Language | string | undefined): DefaultText => TABLES[language as Language] ?? en;

export const DEFAULT_TEXT_TABLES = TABLES;
