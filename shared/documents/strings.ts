import { eventsRange } from './eventsRange';
import type { Language } from '../workshop/schema';
import type { Team } from '../workshop/teams';
import { ES } from './locales/es';
import { PT_BR } from './locales/pt-BR';
import { ZH_CN } from './locales/zh-CN';

/** A calendar date or an instant, already split into UTC parts so languages only arrange them. */
export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}
export interface DateTimeParts extends DateParts {
  hour: number;
  minute: number;
}

/**
 * Every word the SLA document prints, one object per document language (locales/*.ts beside
 * this file). The clause texts come from shared/sla/clauseStrings, the commitment rows from
 * shared/sla/commitmentText, each in the same languages.
 */
export interface SlaStrings {
  documentTitle: string;
  subtitle: (client: string) => string;
  unnamedClient: string;
  meta: { version: string; effectiveDate: string; term: string; generated: string };
  notSet: string;
  months: (n: number | null) => string;
  clauses: { parties: string; purpose: string; commitments: string; term: string; signatures: string };
  partiesIntro: (client: string) => string;
  noSigners: string;
  unknownParticipant: (id: string) => string;
  purpose: (client: string) => string;
  commitmentsIntro: string;
  noCommitments: string;
  table: { party: string; commitment: string; target: string; measure: string; period: string; note: string; met: string; atRisk: string };
  termText: (effective: string | null, months: number | null, lastDay: string | null) => string;
  /** What the signatures section says first, by the one signing status (shared/sla/versions.ts). */
  signaturesIntro: Record<'draft' | 'ready' | 'partiallySigned' | 'fullySigned', string>;
  signedOn: (when: string) => string;
  notYetSigned: string;
  witnessNotSigned: string;
  otherVersion: (hashPrefix: string) => string;
  hashLabel: string;
  hashExplanation: string;
  footerVersion: (version: number) => string;
  pageOf: (page: number, total: number) => string;
  teams: Record<Team, string>;
  formatDate: (d: DateParts) => string;
  formatDateTimeUtc: (d: DateTimeParts) => string;
  draftNotice: (version: number) => string;
  supersededNotice: (version: number, latest: number) => string;
  commitmentsTableTitle: string;
  capacity: { marketing: string; sales: string; witness: string };
  consentGiven: (line: string) => string;
  appendixTitle: string;
  appendixIntro: (period: string) => string;
  funnelPeriod: { month: string; quarter: string; year: string };
  funnelInputs: { revenueGoal: string; marketingShare: string; averageDealSize: string; salesReps: string };
  funnelStages: { deals: string; opportunities: string; sqls: string; sals: string; mqls: string };
  funnelColumns: { stage: string; rate: string; perPeriod: string; perMonth: string };
  /** The appendix of versions frozen from schemaVersion 5 on: the yearly chain, and each period's figure divided from it. */
  funnelYearly: {
    intro: (goalPeriod: string) => string;
    columns: { perYear: string; perQuarter: string; perMonth: string; perWeek: string };
    derivationTitle: string;
    /** "MQLs per week: 1,858 ÷ 52 = 35.73, rounded up: 36" (the PDF fonts have no ⌈ ⌉). */
    derivation: (p: { stage: string; per: string; yearly: string; n: string; exact: string; value: string }) => string;
    per: { quarter: string; month: string; week: string };
  };
  auditTitle: string;
  auditIntro: string;
  auditColumns: { n: string; event: string; when: string; who: string; detail: string; hash: string };
  auditEvents: { created: string; frozen: string; signed: string; exported: string; amended: string };
  auditOk: (n: number) => string;
  auditBroken: (problem: string) => string;
  /** The certificate that seals this PDF, printed so a reader can compare it with what the sealer told them. */
  sealedBy: (subject: string, fingerprint: string) => string;
  trailRecorded: (from: number, to: number, subject: string, fingerprint: string) => string;
  trailAdopted: (from: number, to: number, subject: string, fingerprint: string) => string;
  trailUnsealed: (from: number, to: number) => string;
  /** "Known differences accepted at signing": the disagreements the room froze this version with (shared/sla/consistency.ts). */
  overrides: OverrideStrings;
}

/** The words of the accepted disagreements; figures arrive formatted for the language. */
export interface OverrideStrings {
  title: string;
  intro: string;
  reason: (reason: string) => string;
  per: Record<'week' | 'month' | 'quarter' | 'year', (n: string) => string>;
  converted: (value: string, converted: string) => string;
  commitment: (n: number) => string;
  volumeMismatch: (p: { a: number; aValue: string; b: number; bValue: string; converted: string }) => string;
  metricTargetMismatch: (p: { metric: string; metricValue: string; n: number; commitmentValue: string }) => string;
  metricLevelMismatch: (p: { metric: string; metricValue: string; n: number; level: string }) => string;
  calculatorMismatch: (p: { n: number; value: string; calculated: string }) => string;
  calculatorOrphan: string;
  unmeasuredCommitment: (p: { n: number; what: string }) => string;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number) => String(n).padStart(2, '0');
const formatDateEn = (d: DateParts) => `${d.day} ${MONTHS_EN[d.month - 1] ?? '?'} ${d.year}`;

export const EN: SlaStrings = {
  documentTitle: 'Service Level Agreement',
  subtitle: (client) => `between Marketing and Sales at ${client}`,
  unnamedClient: 'the client company',
  meta: { version: 'Version', effectiveDate: 'Effective date', term: 'Pilot term', generated: 'Generated' },
  notSet: 'Not set',
  months: (n) => (n === null ? 'Not set' : n === 1 ? '1 month' : `${n} months`),
  clauses: { parties: 'Parties', purpose: 'Purpose', commitments: 'Commitments', term: 'Term', signatures: 'Signatures' },
  partiesIntro: (client) =>
    `This agreement is made between the marketing team and the sales team of ${client} (together, "the teams"), represented by:`,
  noSigners: 'No signers have been chosen yet.',
  unknownParticipant: (id) => `Unknown participant (${id})`,
  purpose: (client) =>
    `The teams agree on the commitments below so that every qualified lead at ${client} is delivered, followed up and ` +
    'accounted for in the same way by both sides. The agreement starts as a limited pilot: a few commitments, measured ' +
    'every period against the same definitions, and reviewed together so that it can be enforced before it is extended.',
  commitmentsIntro: 'Each team commits to the following, measured over the period shown:',
  noCommitments: 'No commitments have been recorded yet.',
  table: {
    party: 'Party',
    commitment: 'Commitment',
    target: 'Target',
    measure: 'Measure',
    period: 'Period',
    note: 'Note',
    met: 'Met at',
    atRisk: 'At risk from',
  },
  termText: (effective, months, lastDay) => {
    const start = effective ? `takes effect on ${effective}` : 'takes effect on a date still to be agreed';
    const term = months === null ? 'for a pilot term still to be agreed' : `for a pilot term of ${EN.months(months)}`;
    const end = lastDay ? `, ending on ${lastDay}` : '';
    return (
      `This agreement ${start} and runs ${term}${end}. During the term the teams review compliance with each ` +
      'commitment together; any change to this agreement is made in writing and signed again by both teams.'
    );
  },
  signaturesIntro: {
    draft: 'To be signed by the representatives of the teams once this version is frozen:',
    ready: 'Frozen for signature; to be signed by the representatives of the teams:',
    partiallySigned: 'Partly signed: waiting for the other signatures of the teams’ representatives:',
    fullySigned: 'Signed and countersigned by the representatives of the teams:',
  },
  signedOn: (when) => `Signed ${when}`,
  notYetSigned: 'Not yet signed',
  witnessNotSigned: 'No witness signature (optional)',
  otherVersion: (prefix) =>
    `This signature was given to a different version of this agreement (content hash ${prefix}…) and does not apply to the text above.`,
  hashLabel: 'Content hash (SHA-256)',
  hashExplanation:
    'This is the SHA-256 hash of the canonical content of this version of the agreement (parties, clauses, commitments, ' +
    'effective date, term and signers) to which each signature above applies. Any change to that content produces a different hash.',
  footerVersion: (v) => `SLA v${v}`,
  pageOf: (page, total) => `Page ${page} of ${total}`,
  teams: { marketing: 'Marketing', sales: 'Sales', sdr: 'SDR', operations: 'Operations', leadership: 'Leadership' },
  formatDate: formatDateEn,
  formatDateTimeUtc: (d) => `${formatDateEn(d)}, ${pad2(d.hour)}:${pad2(d.minute)} UTC`,
  draftNotice: (v) => `DRAFT of version ${v}: not frozen for signature. Its fingerprint changes with every edit.`,
  supersededNotice: (v, latest) => `Version ${v} has been superseded: version ${latest} is the latest version of this agreement.`,
  commitmentsTableTitle: 'Commitments at a glance',
  capacity: { marketing: 'for Marketing', sales: 'for Sales', witness: 'Executive witness (optional)' },
  consentGiven: (line) => `Consent: “${line}”`,
  appendixTitle: 'Appendix A — How the MQL volume was derived',
  appendixIntro: (period) =>
    `The reverse funnel, from the revenue goal per ${period} back to the marketing-qualified leads needed, rounding up at every stage.`,
  funnelPeriod: { month: 'month', quarter: 'quarter', year: 'year' },
  funnelInputs: {
    revenueGoal: 'Revenue goal',
    marketingShare: 'Share sourced by marketing',
    averageDealSize: 'Average deal size',
    salesReps: 'Sales reps',
  },
  funnelStages: { deals: 'Won deals', opportunities: 'Opportunities', sqls: 'SQLs', sals: 'SALs', mqls: 'MQLs' },
  funnelColumns: { stage: 'Stage', rate: 'Rate applied (stage above ÷ rate)', perPeriod: 'Per period', perMonth: 'Per month' },
  funnelYearly: {
    intro: (period) =>
      `The reverse funnel, from the revenue goal (set per ${period}) back to the marketing-qualified leads needed. The chain is worked out for a year, rounding up at every stage; each shorter period's figure is that yearly figure divided by the periods in a year (4 quarters, 12 months, 52 weeks) and rounded up once.`,
    columns: { perYear: 'Per year', perQuarter: 'Per quarter', perMonth: 'Per month', perWeek: 'Per week' },
    derivationTitle: 'How each period’s MQL figure is derived',
    derivation: ({ stage, per, yearly, n, exact, value }) => `${stage} ${per}: ${yearly} ÷ ${n} = ${exact}, rounded up: ${value}`,
    per: { quarter: 'per quarter', month: 'per month', week: 'per week' },
  },
  auditTitle: 'Audit trail',
  auditIntro:
    'Every event in the life of this agreement, in order. Each event carries the SHA-256 of the event before it (a hash chain), so that no event can be changed, removed or reordered unnoticed.',
  auditColumns: { n: '#', event: 'Event', when: 'When (UTC)', who: 'By', detail: 'Detail', hash: 'Event hash' },
  auditEvents: { created: 'Created', frozen: 'Frozen', signed: 'Signed', exported: 'Exported', amended: 'Amended' },
  auditOk: (n) => `Hash chain verified: ${n} event${n === 1 ? '' : 's'}, every link intact.`,
  auditBroken: (problem) => `Hash chain BROKEN: ${problem}.`,
  sealedBy: (subject, fp) =>
    `This PDF is sealed by “${subject}”, certificate SHA-256 fingerprint ${fp}. Compare it with the fingerprint the sealer gave you; Accord’s Verify and “accord verify” check the seal and this trail.`,
  trailRecorded: (from, to, subject, fp) =>
    `${eventsRange(from, to, 'Event', 'Events')} recorded and sealed by “${subject}” (certificate ${fp}).`,
  trailAdopted: (from, to, subject, fp) =>
    `${eventsRange(from, to, 'Event', 'Events')} recorded before Accord sealed its audit trail, vouched for by “${subject}” (certificate ${fp}) when it was upgraded.`,
  trailUnsealed: (from, to) =>
    `${eventsRange(from, to, 'Event', 'Events')} recorded before Accord sealed its audit trail; nobody’s key vouches for ${from === to ? 'it' : 'them'}.`,
  overrides: {
    title: 'Known differences accepted at signing',
    intro: 'When this version was frozen for signature, these numbers did not agree; the teams chose to sign with them:',
    reason: (r) => `Reason given: “${r}”`,
    per: { week: (n) => `${n} per week`, month: (n) => `${n} per month`, quarter: (n) => `${n} per quarter`, year: (n) => `${n} per year` },
    converted: (value, converted) => `${value} (≈ ${converted})`,
    commitment: (n) => `commitment ${n}`,
    volumeMismatch: ({ a, aValue, b, bValue, converted }) =>
      `Commitment ${a} (${aValue}) and commitment ${b} (${bValue}, ≈ ${converted}) disagree.`,
    metricTargetMismatch: ({ metric, metricValue, n, commitmentValue }) =>
      `The scoreboard metric “${metric}” targets ${metricValue}, but commitment ${n} says ${commitmentValue}.`,
    metricLevelMismatch: ({ metric, metricValue, n, level }) =>
      `The scoreboard metric “${metric}” targets ${metricValue} % of leads, but commitment ${n} is met at ${level} % of leads.`,
    calculatorMismatch: ({ n, value, calculated }) => `Commitment ${n} says ${value}, but the calculator appendix derives ${calculated}.`,
    calculatorOrphan: 'The calculator appendix is printed, but no marketing MQL-volume commitment is left for it to size.',
    unmeasuredCommitment: ({ n, what }) => `Commitment ${n} (${what}): no metric on the scoreboard measures it.`,
  },
};

const BY_LANGUAGE: Record<Language, SlaStrings> = { en: EN, 'pt-BR': PT_BR, es: ES, 'zh-CN': ZH_CN };

export const slaStrings = (language: Language): SlaStrings => BY_LANGUAGE[language] ?? EN;
