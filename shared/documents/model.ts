import { verifyAuditChain } from '../sla/audit';
import { describeCommitment, type CommitmentRowText } from '../sla/commitmentText';
import { currentDocument, type CurrentDocument } from '../sla/content';
import type { Language, Workshop } from '../workshop/schema';
import type { SignerCapacity, SlaContent } from '../workshop/steps/sla';
import type { Team } from '../workshop/teams';
import { containsCjk } from './fonts';
import { parseIsoDate, termLastDay, utcParts } from './format';
import { slaStrings, type SlaStrings } from './strings';
import { SLA_VERSION } from './version';
import { signerStatus, versionState, type SignerStatus, type SigningState } from '../sla/versions';
import { buildOverridesView, type OverridesView } from './overridesView';
import { buildDefinitionView, buildScoreboardView, scoreboardTableShown, type DefinitionView, type ScoreboardView } from './definitionView';

export { SLA_VERSION };

export interface SignerView {
  id: string;
  name: string;
  role: string;
  team: Team | null;
  capacity: SignerCapacity | null;
  /** Where this signer stands on the printed version (null on a draft): the one signing status. */
  status: SignerStatus | null;
  signature: {
    image: string;
    typedName: string;
    title: string;
    team: Team;
    signedAt: string;
    consent: string;
    /** False when the signature was given to different content than this document shows. */
    matchesContent: boolean;
    hashPrefix: string;
  } | null;
}

export interface CommitmentView extends CommitmentRowText {
  id: string;
  partyKey: 'marketing' | 'sales';
  note: string;
}

export interface ClauseBlock {
  n: number;
  kind: string;
  title: string;
  paragraphs: string[];
}

export interface FunnelRowView {
  stage: string;
  rate: string;
  /** One figure per column of `CalculatorView.columns`. */
  values: string[];
}

/**
 * The calculator appendix: the inputs, the chain with one column per period, and (for versions
 * frozen from schemaVersion 5 on) how each period's MQL figure is divided from the yearly one.
 * Older versions print their goal-period and monthly chains as they were signed.
 */
export interface CalculatorView {
  intro: string;
  inputs: [string, string][];
  columns: string[];
  rows: FunnelRowView[];
  derivationTitle: string | null;
  derivations: string[];
}

export interface AuditRowView {
  n: number;
  event: string;
  when: string;
  who: string;
  detail: string;
  hash: string;
}

/**
 * Everything the SLA document prints, already worded and formatted, so the components only
 * lay it out and the wording can be tested without rendering a PDF. It is built from one
 * version's frozen content (or the draft's), never from the live workshop, so an old version
 * prints exactly as it was signed.
 */
export interface SlaView {
  s: SlaStrings;
  language: string;
  client: string;
  title: string;
  version: number;
  /** A notice printed under the header: draft, or superseded by a later version. */
  notice: string | null;
  effectiveDate: string | null;
  termMonths: number | null;
  termLastDay: string | null;
  generated: string;
  clauses: ClauseBlock[];
  commitments: CommitmentView[];
  signers: SignerView[];
  /** The one signing status of the printed version ('draft' for a draft), as step 7 and the report say it. */
  state: SigningState;
  /** "Known differences accepted at signing", when the version was frozen with disagreements left. */
  overrides: OverridesView | null;
  contentHash: string;
  calculator: CalculatorView | null;
  /** The "MQL definition" appendix, from the signed definition (versions signed before it existed have none). */
  definition: DefinitionView | null;
  /** The scoreboard table, printed with the metrics clause when its text points to it. */
  scoreboard: ScoreboardView | null;
  audit: { rows: AuditRowView[]; verdict: string; ok: boolean; sealedBy: string | null; trail: string[] };
  hasCjk: boolean;
}

/** Who seals the PDF and who sealed which events of its trail, known before rendering (renderSla.ts). */
export interface SlaSealView {
  sealer: { subject: string; fingerprint: string } | null;
  trail: { from: number; to: number; kind: 'unsealed' | 'recorded' | 'adopted'; subject: string | null; fingerprint: string | null }[];
}

/** "ec90 fd5f 0a55 …": a fingerprint as it is read out loud; `groups` shortens it with an ellipsis. */
export function formatFingerprint(fp: string, groups = 16): string {
  const parts = fp.match(/.{1,4}/g) ?? [];
  return parts.slice(0, groups).join(' ') + (parts.length > groups ? ' …' : '');
}

export interface SlaDocumentInput {
  workshop: Workshop;
  /** The version (or draft) to print, when the caller has built it already (renderSla.ts); else built from `version`. */
  document?: CurrentDocument;
  /** ISO date-time the document is generated at. */
  generatedAt: string;
  /** The version to print; default: the latest frozen version, else the draft. */
  version?: number;
  /** The seal's facts for the audit page; absent in previews that are not sealed. */
  seal?: SlaSealView;
}

/**
 * The appendix's figures in the document's language: grouping and decimals by Intl, money in
 * the language's currency style, and percent written as the rest of the SLA writes it
 * ("70 %" in English, Spanish and Portuguese, "70%" in Chinese: shared/sla/commitmentWords.ts).
 */
function appendixFormat(language: Language) {
  const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const twoDecimals = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const percentSign = language === 'zh-CN' ? '%' : ' %';
  return {
    pct: (rate: number) => `${oneDecimal.format(rate * 100)}${percentSign}`,
    num: (n: number) => whole.format(n),
    exact: (n: number) => twoDecimals.format(n),
    money: (n: number, currency: string | undefined) => {
      if (!currency) return whole.format(n);
      try {
        return new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);
      } catch {
        return `${currency} ${whole.format(n)}`;
      }
    },
  };
}

const FUNNEL_ROWS = [
  ['deals', null],
  ['opportunities', 'winRate'],
  ['sqls', 'sqlToOpportunity'],
  ['sals', 'salToSql'],
  ['mqls', 'mqlToSal'],
] as const;

/** The appendix as the version holds it: a yearly chain with its period figures, or (signed before) the goal-period and monthly chains. */
function calculatorView(calc: NonNullable<SlaContent['calculator']>, s: SlaStrings, language: Language): CalculatorView {
  const { pct, num, exact, money: inCurrency } = appendixFormat(language);
  const money = (n: number) => inCurrency(n, calc.currency);
  const inputs: [string, string][] = [
    [s.funnelInputs.revenueGoal, `${money(calc.inputs.revenueGoal ?? 0)} / ${s.funnelPeriod[calc.inputs.period]}`],
    [s.funnelInputs.marketingShare, pct(calc.inputs.marketingShare ?? 0)],
    [s.funnelInputs.averageDealSize, money(calc.inputs.averageDealSize ?? 0)],
    ...(calc.inputs.salesReps === null ? [] : [[s.funnelInputs.salesReps, num(calc.inputs.salesReps)] as [string, string]]),
  ];
  const rate = (field: (typeof FUNNEL_ROWS)[number][1]) => (field === null ? '—' : pct(calc.inputs[field] ?? 0));
  const { yearly, perQuarter, perWeek } = calc;
  if (!yearly || !perQuarter || !perWeek) {
    return {
      intro: s.appendixIntro(s.funnelPeriod[calc.inputs.period]),
      inputs,
      columns: [s.funnelColumns.perPeriod, s.funnelColumns.perMonth],
      rows: FUNNEL_ROWS.map(([k, field]) => ({
        stage: s.funnelStages[k],
        rate: rate(field),
        values: [num(calc.perPeriod[k]), num(calc.perMonth[k])],
      })),
      derivationTitle: null,
      derivations: [],
    };
  }
  const y = s.funnelYearly;
  const chains = [yearly, perQuarter, calc.perMonth, perWeek];
  const divided = [
    ['quarter', perQuarter, 4],
    ['month', calc.perMonth, 12],
    ['week', perWeek, 52],
  ] as const;
  return {
    intro: y.intro(s.funnelPeriod[calc.inputs.period]),
    inputs,
    columns: [y.columns.perYear, y.columns.perQuarter, y.columns.perMonth, y.columns.perWeek],
    rows: FUNNEL_ROWS.map(([k, field]) => ({ stage: s.funnelStages[k], rate: rate(field), values: chains.map((chain) => num(chain[k])) })),
    derivationTitle: y.derivationTitle,
    derivations: divided.map(([per, chain, n]) =>
      y.derivation({
        stage: s.funnelStages.mqls,
        per: y.per[per],
        yearly: num(yearly.mqls),
        n: String(n),
        exact: exact(yearly.mqls / n),
        value: num(chain.mqls),
      }),
    ),
  };
}

export function buildSlaView({ workshop: w, document, generatedAt, version, seal }: SlaDocumentInput): SlaView {
  const doc = document ?? currentDocument(w, version);
  const c = doc.content;
  const s = slaStrings(c.language);
  const fmtUtc = (iso: string) => {
    const p = utcParts(iso);
    return p ? s.formatDateTimeUtc(p) : iso;
  };
  const effective = parseIsoDate(c.effectiveDate);
  const lastDay = effective && c.termMonths !== null ? termLastDay(effective, c.termMonths) : null;
  const client = c.clientCompany || s.unnamedClient;
  const signatures = new Map((doc.version?.signatures ?? []).map((sig) => [sig.participantId, sig]));

  const signers: SignerView[] = c.signers.map((p) => {
    const sig = signatures.get(p.id);
    return {
      id: p.id,
      name: p.name || s.unknownParticipant(p.id),
      role: p.role,
      team: p.team,
      capacity: p.capacity ?? null,
      status: doc.version ? signerStatus(doc.version, p) : null,
      signature: sig
        ? {
            image: sig.image,
            typedName: sig.typedName.trim(),
            title: sig.title.trim(),
            team: sig.team,
            signedAt: fmtUtc(sig.signedAt),
            consent: sig.consent,
            matchesContent: sig.contentHash === doc.contentHash,
            hashPrefix: sig.contentHash.slice(0, 12),
          }
        : null,
    };
  });

  // Versions carried over from schemaVersion 2 have no clause texts: print what they had.
  const clauseTexts = c.clauses ?? [
    { kind: 'purpose', title: s.clauses.purpose, text: s.purpose(client) },
    {
      kind: 'term',
      title: s.clauses.term,
      text: s.termText(effective ? s.formatDate(effective) : null, c.termMonths, lastDay ? s.formatDate(lastDay) : null),
    },
  ];
  const clauses = clauseTexts.map((cl, i) => ({
    n: i + 1,
    kind: cl.kind,
    title: cl.title,
    paragraphs: cl.text.split('\n').filter((p) => p.trim() !== ''),
  }));

  const calculator = c.calculator ? calculatorView(c.calculator, s, c.language) : null;

  const chain = verifyAuditChain(w.sla.audit, w.sla.versions);
  const audit = {
    ok: chain.ok,
    verdict: chain.ok ? s.auditOk(chain.events) : s.auditBroken(chain.problem),
    sealedBy: seal?.sealer ? s.sealedBy(seal.sealer.subject, formatFingerprint(seal.sealer.fingerprint)) : null,
    trail: (seal?.trail ?? []).map((t) =>
      t.kind === 'unsealed' || t.subject === null || t.fingerprint === null
        ? s.trailUnsealed(t.from + 1, t.to)
        : (t.kind === 'adopted' ? s.trailAdopted : s.trailRecorded)(t.from + 1, t.to, t.subject, formatFingerprint(t.fingerprint, 4)),
    ),
    rows: w.sla.audit.map((e, i) => ({
      n: i + 1,
      event: `${s.auditEvents[e.type]}${e.version === null ? '' : ` v${e.version}`}`,
      when: fmtUtc(e.at),
      who: e.actor,
      detail: e.contentHash ? `${e.detail} · ${e.contentHash.slice(0, 12)}…` : e.detail,
      hash: e.hash.slice(0, 12),
    })),
  };

  const latest = w.sla.versions.at(-1)?.number ?? 0;
  const notice =
    doc.version === null
      ? s.draftNotice(doc.versionNumber)
      : doc.versionNumber < latest
        ? s.supersededNotice(doc.versionNumber, latest)
        : null;

  const view: SlaView = {
    s,
    language: c.language,
    client,
    title: c.title,
    version: doc.versionNumber,
    notice,
    effectiveDate: effective ? s.formatDate(effective) : null,
    termMonths: c.termMonths,
    termLastDay: lastDay ? s.formatDate(lastDay) : null,
    generated: fmtUtc(generatedAt),
    clauses,
    commitments: c.commitments.map((row, i) => ({
      ...describeCommitment(row, c.language, c.commitments),
      id: row.id ?? `c${i}`,
      partyKey: row.party,
      note: row.note.trim(),
    })),
    signers,
    state: doc.version ? versionState(doc.version) : 'draft',
    overrides: buildOverridesView(c, s.overrides),
    contentHash: doc.contentHash,
    calculator,
    definition: c.definition ? buildDefinitionView(c.definition, c.language) : null,
    scoreboard: scoreboardTableShown(c.metrics) ? buildScoreboardView(c.metrics, c.language) : null,
    audit,
    hasCjk: false,
  };
  view.hasCjk = containsCjk(JSON.stringify(view, (key, value: unknown) => (key === 'image' || key === 's' ? undefined : value)));
  return view;
}
