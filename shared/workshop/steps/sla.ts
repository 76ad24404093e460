import { z } from 'zod';
import { teamSchema } from '../teams';
import { id, text } from './common';
import { slaDefinitionSchema, slaMetricSchema } from './slaDefinition';
import { PERCENT_RANGE } from '../../sla/commitmentLimits';

/**
 * Step 7, the service level agreement. The working draft (commitments, term, signers, clause
 * edits, calculator inputs) is edited freely; freezing copies its canonical content into a
 * numbered version that people sign. A version never changes after it is frozen, except that
 * signatures are added to it; any change after freezing is an amendment, i.e. a new version.
 */
const isoDateOrEmpty = z.union([z.literal(''), z.iso.date()]);
const isoDateTime = z.iso.datetime({ offset: true });
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in 64 lower-case hex digits');

export const COMMITMENT_KINDS = [
  'mqlVolume',
  'leadQuality',
  'firstTouch',
  'followUpAttempts',
  'disposition',
  'qualifyBy',
  'mqlToSqlRate',
] as const;
export const commitmentKindSchema = z.enum(COMMITMENT_KINDS);
export type CommitmentKind = z.infer<typeof commitmentKindSchema>;
/**
 * Kinds kept for every lead within a time limit: "met" is a share of leads (`level` %), not
 * 100 % of them, since one late lead out of fifty should not put a commitment at risk.
 */
export const TIME_LIMITED_KINDS = [
  'firstTouch',
  'followUpAttempts',
  'disposition',
  'qualifyBy',
] as const satisfies readonly CommitmentKind[];
export type TimeLimitedKind = (typeof TIME_LIMITED_KINDS)[number];
export const isTimeLimited = (kind: CommitmentKind): kind is TimeLimitedKind => (TIME_LIMITED_KINDS as readonly string[]).includes(kind);
/** Every commitment and metric is measured per one of these; a year has 52 weeks (shared/sla/periods.ts). */
export const PERIODS = ['week', 'month', 'quarter', 'year'] as const;
export const periodSchema = z.enum(PERIODS);
export type Period = z.infer<typeof periodSchema>;

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const weekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof weekdaySchema>;

/** What sales does with each delivered MQL by its deadline (a `qualifyBy` commitment). */
export const RESPONSE_ACTIONS = ['qualify', 'accept', 'contact'] as const;
export type ResponseAction = (typeof RESPONSE_ACTIONS)[number];
/** What a schemaVersion 4 rhythm's response reported back (kept only to read versions signed then). */
export const RESPONSE_REPORTS = ['none', 'mqlToSqlRate', 'acceptanceRate'] as const;

/**
 * The delivery day of a weekly commitment: "marketing delivers 50 leads every Monday" is
 * `{ day: 'monday' }` on a 50-per-week MQL-volume row. What sales does with the delivery is a
 * sales commitment of its own, linked to this one (`linkedTo`).
 */
export const rhythmSchema = z.object({ day: weekdaySchema });
export type Rhythm = z.infer<typeof rhythmSchema>;

/**
 * A rhythm as versions signed under schemaVersion 4 hold it, sales' response inside marketing's
 * row. Read only to print and verify those versions exactly as signed.
 */
export const legacyRhythmSchema = z.object({
  day: weekdaySchema,
  response: z
    .object({ action: z.enum(RESPONSE_ACTIONS), by: weekdaySchema, report: z.enum(RESPONSE_REPORTS) })
    .nullable()
    .optional(),
});
export type LegacyRhythm = z.infer<typeof legacyRhythmSchema>;

// The limits of shared/sla/commitmentLimits.ts; a stored draft may hold any percentage the inputs may.
const percentOrNull = z.number().finite().min(PERCENT_RANGE.min).max(PERCENT_RANGE.max).nullable();

/**
 * One structured SLA commitment. `target` means, by kind: MQLs per period (mqlVolume), % of
 * delivered leads sales accepts (leadQuality), hours to first touch (firstTouch), number of
 * attempts (followUpAttempts), days to a disposition (disposition), hours to act on each
 * delivered MQL when no weekday is set (qualifyBy), % of delivered MQLs sales turns into SQLs
 * (mqlToSqlRate); `withinDays` bounds attempts.
 *
 * What "met" means: a volume, quality or rate is met at its target; a time-limited kind when
 * `level` % of leads made the time limit in the period. `atRisk` is where "at risk" starts: a %
 * of target, or for time-limited kinds a % of leads; below it the period is missed. Both are
 * stored as typed (a draft is half-typed); `commitmentProblems` says what is wrong, naming the
 * field. A sales commitment that answers a marketing delivery names it in `linkedTo`.
 */
export const slaCommitmentSchema = z
  .object({
    id,
    party: z.enum(['marketing', 'sales']),
    kind: commitmentKindSchema,
    target: z.number().finite().positive().nullable(),
    withinDays: z.number().finite().positive().nullable(),
    period: periodSchema,
    note: text(500),
    rhythm: rhythmSchema.nullable(),
    /** Time-limited kinds: the share of leads (1–100 %) that must make the limit; null for the others. */
    level: percentOrNull,
    /** Where "at risk" starts: % of target, or % of leads for time-limited kinds. */
    atRisk: percentOrNull,
    /** qualifyBy: the weekday of the delivery week by which each MQL is handled (null: within `target` hours). */
    byDay: weekdaySchema.nullable(),
    /** qualifyBy: what sales does by the deadline. */
    action: z.enum(RESPONSE_ACTIONS).nullable(),
    /** The marketing commitment this one answers (e.g. a weekly delivery), or null. */
    linkedTo: id.nullable(),
  })
  .refine((c) => c.rhythm === null || c.period === 'week', {
    path: ['rhythm'],
    message: 'a delivery day needs the commitment to be measured per week',
  });
export type SlaCommitment = z.infer<typeof slaCommitmentSchema>;

export const FUNNEL_PERIODS = ['month', 'quarter', 'year'] as const;
export type FunnelPeriod = (typeof FUNNEL_PERIODS)[number];

/**
 * Reverse-funnel inputs as the room typed them. Stored even when out of range (a draft is
 * half-typed); the calculator refuses them with a message naming the field. Rates are
 * fractions in (0, 1], the share sourced by marketing too.
 */
export const funnelInputsSchema = z.object({
  revenueGoal: z.number().finite().nullable(),
  period: z.enum(FUNNEL_PERIODS),
  marketingShare: z.number().finite().nullable(),
  averageDealSize: z.number().finite().nullable(),
  winRate: z.number().finite().nullable(),
  sqlToOpportunity: z.number().finite().nullable(),
  salToSql: z.number().finite().nullable(),
  mqlToSal: z.number().finite().nullable(),
  salesReps: z.number().int().min(1).max(10_000).nullable(),
  workingDaysPerMonth: z.number().int().min(1).max(31),
  paceDay: z.number().int().min(1).max(31),
});
export type FunnelInputs = z.infer<typeof funnelInputsSchema>;

export const calculatorSchema = z.object({
  inputs: funnelInputsSchema,
  /** When "Use in SLA" last copied the result into the MQL-volume commitment (null: never). */
  usedAt: isoDateTime.nullable(),
});
export type CalculatorState = z.infer<typeof calculatorSchema>;

export const CLAUSE_KINDS = [
  'parties',
  'purpose',
  'definitions',
  'marketingCommitments',
  'salesCommitments',
  'handOff',
  'metrics',
  'review',
  'term',
  'amendments',
] as const;
export const clauseKindSchema = z.enum(CLAUSE_KINDS);
export type ClauseKind = z.infer<typeof clauseKindSchema>;

/**
 * A clause's stored state. Without `edited` the clause follows the workshop data live; with it,
 * `sourceHash` remembers the data the edit was based on, so the step can warn "source changed".
 */
export const slaClauseSchema = z.object({
  kind: clauseKindSchema,
  generated: text(8000),
  edited: text(8000).nullable(),
  sourceHash: z.string().max(64),
});
export type SlaClause = z.infer<typeof slaClauseSchema>;

export const SIGNER_CAPACITIES = ['marketing', 'sales', 'witness'] as const;
export type SignerCapacity = (typeof SIGNER_CAPACITIES)[number];

/** Funnel stage counts, in order from won deals back to MQLs. */
export const funnelChainSchema = z.object({
  deals: z.number().int().nonnegative(),
  opportunities: z.number().int().nonnegative(),
  sqls: z.number().int().nonnegative(),
  sals: z.number().int().nonnegative(),
  mqls: z.number().int().nonnegative(),
});
export type FunnelChain = z.infer<typeof funnelChainSchema>;

/**
 * A disagreement between numbers about to be signed (shared/sla/consistency.ts), as codes and
 * values so the app and the PDF word it in their own language. `position` is the 1-based place
 * of a commitment in the SLA; periods are those of shared/sla/periods.ts.
 */
const commitmentRefSchema = z.object({
  commitmentId: id,
  position: z.number().int().min(1),
  target: z.number().finite(),
  period: periodSchema,
});
export const CONSISTENCY_CODES = [
  'volumeMismatch',
  'metricTargetMismatch',
  'calculatorMismatch',
  'calculatorOrphan',
  'unmeasuredCommitment',
] as const;
export type ConsistencyCode = (typeof CONSISTENCY_CODES)[number];
export const consistencyIssueSchema = z.discriminatedUnion('code', [
  /** Two MQL-volume commitments that disagree once `second` is expressed per `first.period` (`secondInFirstPeriod`). */
  z.object({
    code: z.literal('volumeMismatch'),
    first: commitmentRefSchema,
    second: commitmentRefSchema,
    secondInFirstPeriod: z.number().finite(),
  }),
  /** A metric's target differs from the commitment it measures; `metricInCommitmentPeriod` when a volume was converted. */
  z.object({
    code: z.literal('metricTargetMismatch'),
    metricId: id,
    metricName: text(120),
    metricTarget: z.number().finite(),
    metricPeriod: periodSchema.nullable(),
    metricInCommitmentPeriod: z.number().finite().nullable(),
    commitment: commitmentRefSchema,
    commitmentKind: commitmentKindSchema,
    /** What was compared: the target itself, or the commitment's compliance level (% of leads in time). */
    compared: z.enum(['target', 'level']),
    /** The compliance level compared with (100 when the commitment holds every lead), when `compared` is 'level'. */
    level: z.number().finite().nullable(),
  }),
  /** The calculator appendix says `calculated` MQLs per period, the commitment it fed now says `commitment.target`. */
  z.object({ code: z.literal('calculatorMismatch'), commitment: commitmentRefSchema, calculated: z.number().finite() }),
  /** The appendix is in the SLA, but no marketing MQL-volume commitment is left for it to size. */
  z.object({ code: z.literal('calculatorOrphan') }),
  /** No metric on the step-8 scoreboard measures this commitment. */
  z.object({
    code: z.literal('unmeasuredCommitment'),
    commitmentId: id,
    position: z.number().int().min(1),
    commitmentKind: commitmentKindSchema,
  }),
]);
export type ConsistencyIssue = z.infer<typeof consistencyIssueSchema>;

/** What the room accepted when it froze with disagreements left: each one, and why (typed at freezing). */
export const freezeOverridesSchema = z.object({ issues: z.array(consistencyIssueSchema).min(1).max(200), reason: text(1000).min(1) });
export type FreezeOverrides = z.infer<typeof freezeOverridesSchema>;

/**
 * The canonical content of one SLA version: what a signature applies to. Fields after
 * `signers` were added in schemaVersion 3; a version carried over from schemaVersion 2 holds
 * exactly what was signed then (without them), so its fingerprint still matches.
 */
export const slaContentSchema = z.object({
  document: z.literal('accord-sla'),
  workshopId: id,
  clientCompany: text(200),
  title: text(200),
  language: z.enum(['en', 'pt-BR', 'es', 'zh-CN']),
  effectiveDate: isoDateOrEmpty,
  termMonths: z.number().int().min(1).max(60).nullable(),
  commitments: z
    .array(
      z.object({
        id: id.optional(),
        party: z.enum(['marketing', 'sales']),
        kind: commitmentKindSchema,
        target: z.number().finite().positive().nullable(),
        withinDays: z.number().finite().positive().nullable(),
        period: periodSchema,
        note: text(500),
        rhythm: legacyRhythmSchema.nullable().optional(),
        // From schemaVersion 5 on; versions frozen before simply lack them (their rows read as signed).
        level: percentOrNull.optional(),
        atRisk: percentOrNull.optional(),
        byDay: weekdaySchema.nullable().optional(),
        action: z.enum(RESPONSE_ACTIONS).nullable().optional(),
        linkedTo: id.nullable().optional(),
      }),
    )
    .max(50),
  signers: z
    .array(z.object({ id, name: text(120), role: text(120), team: teamSchema.nullable(), capacity: z.enum(SIGNER_CAPACITIES).optional() }))
    .max(21),
  version: z.number().int().min(1).optional(),
  clauses: z
    .array(z.object({ kind: clauseKindSchema, title: text(200), text: text(8000) }))
    .max(20)
    .optional(),
  calculator: z
    .object({
      inputs: funnelInputsSchema,
      perPeriod: funnelChainSchema,
      perMonth: funnelChainSchema,
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .optional(),
      // From schemaVersion 5 on: the yearly chain every period figure is divided from (⌈yearly ÷ n⌉ per stage).
      yearly: funnelChainSchema.optional(),
      perQuarter: funnelChainSchema.optional(),
      perWeek: funnelChainSchema.optional(),
    })
    .nullable()
    .optional(),
  consentLine: text(500).optional(),
  // From schemaVersion 5 on (part C): the one review cadence (step 1), and the disagreements the
  // room accepted when it froze this version anyway (shared/sla/consistency.ts), printed by the SLA.
  reviewCadence: z.enum(['weekly', 'biweekly', 'monthly', 'quarterly']).optional(),
  overrides: freezeOverridesSchema.optional(),
  // From schemaVersion 5 on (part B): the whole MQL definition (step 5) and every metric of the
  // scoreboard (step 8), so reweighting the model after signing is an amendment (slaDefinition.ts).
  definition: slaDefinitionSchema.optional(),
  metrics: z.array(slaMetricSchema).max(200).optional(),
});
export type SlaContent = z.infer<typeof slaContentSchema>;

export const signatureSchema = z.object({
  participantId: id,
  typedName: text(120),
  title: text(120),
  team: teamSchema,
  /** PNG data URL of the drawn signature. */
  image: z.string().startsWith('data:image/png;base64,').max(2_000_000),
  signedAt: isoDateTime,
  /** SHA-256 (hex) of the SLA content this signature applies to. */
  contentHash: sha256Hex,
  /** The consent line the signer ticked, word for word ('' for signatures from schemaVersion 2). */
  consent: text(500),
});
export type Signature = z.infer<typeof signatureSchema>;

export const slaVersionSchema = z.object({
  number: z.number().int().min(1).max(999),
  frozenAt: isoDateTime,
  content: slaContentSchema,
  /** SHA-256 of canonicalJson(content), checked again whenever the version is read. */
  contentHash: sha256Hex,
  signatures: z.array(signatureSchema).max(21),
});
export type SlaVersion = z.infer<typeof slaVersionSchema>;

export const AUDIT_EVENT_TYPES = ['created', 'frozen', 'signed', 'exported', 'amended'] as const;
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

/** One audit-trail event; `hash` covers every other field, `prevHash` links it to the one before. */
export const auditEventSchema = z.object({
  type: z.enum(AUDIT_EVENT_TYPES),
  at: isoDateTime,
  version: z.number().int().min(1).nullable(),
  actor: text(200),
  detail: text(500),
  contentHash: sha256Hex.nullable(),
  /**
   * On "signed" events from schemaVersion 4 on: the SHA-256 of everything that makes the
   * signature (drawn image, typed name, title, team, consent, time, content hash; see
   * shared/sla/evidence.ts), so a swapped image or a renamed signer no longer matches its event.
   */
  evidence: sha256Hex.optional(),
  /**
   * Recorded by an Accord that seals its trail (schemaVersion 4 on): such an event must lie
   * under a seal, so stripping the seals from a trail does not pass it off as an old one.
   */
  keyed: z.literal(true).optional(),
  prevHash: sha256Hex,
  hash: sha256Hex,
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

const base64 = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9+/]+=*$/, 'base64 text');

/**
 * A seal over the audit trail: the install (or organisation certificate) that recorded events
 * `from` … `to - 1` (0-based) signs the chain's head at `to`, so a chain rebuilt without its
 * key no longer verifies. Seals follow each other without gaps; events before the first seal
 * were recorded before Accord sealed its trail (schemaVersion 3 and earlier) and cannot be
 * verified. `kind` 'adopted': this install vouched for events it held when it was upgraded.
 */
export const auditSealSchema = z
  .object({
    from: z.number().int().min(0).max(100_000),
    to: z.number().int().min(1).max(100_000),
    head: sha256Hex,
    kind: z.enum(['recorded', 'adopted']),
    at: isoDateTime,
    /** SHA-256 of the sealer's certificate (its entry in `sealers`). */
    sealer: sha256Hex,
    /** RSASSA-PKCS1-v1_5 / SHA-256 over auditSealMessage (shared/sla/auditSeals.ts), base64. */
    signature: base64(2000),
  })
  .refine((s) => s.to > s.from, { path: ['to'], message: 'a seal covers at least one event (to > from)' });
export type AuditSeal = z.infer<typeof auditSealSchema>;

/** A certificate that sealed part of the trail: DER, base64, the sealer's own first, then its chain. */
export const sealerCertificatesSchema = z.object({
  fingerprint: sha256Hex,
  certificates: z.array(base64(20_000)).min(1).max(6),
});
export type SealerCertificates = z.infer<typeof sealerCertificatesSchema>;

export const slaStepSchema = z.object({
  commitments: z.array(slaCommitmentSchema).max(50),
  /** The first day of a week wherever the workshop counts in weeks (the compliance log's weekly periods). */
  weekStartsOn: weekdaySchema,
  effectiveDate: isoDateOrEmpty,
  termMonths: z.number().int().min(1).max(60).nullable(),
  /** Marketing and sales representatives who sign; at least one of each before freezing. */
  signerIds: z.array(id).max(20),
  /** An executive who signs as witness (optional). */
  witnessId: id.nullable(),
  /** Who a missed commitment goes to, in order ("RevOps lead, then the CRO"). */
  escalation: text(1000),
  calculator: calculatorSchema.nullable(),
  clauses: z.array(slaClauseSchema).max(CLAUSE_KINDS.length),
  /** True while the latest version is out for signature (or signed) and the draft is locked. */
  frozen: z.boolean(),
  versions: z.array(slaVersionSchema).max(100),
  audit: z.array(auditEventSchema).max(5000),
  /** Who sealed which events of the trail (schemaVersion 4). */
  seals: z.array(auditSealSchema).max(5000),
  sealers: z.array(sealerCertificatesSchema).max(100),
});
export type SlaStep = z.infer<typeof slaStepSchema>;
