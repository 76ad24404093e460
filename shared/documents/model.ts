import { verifyAuditChain } from '../sla/audit';
import { describeCommitment, type CommitmentRowText } from '../sla/commitmentText';
import { currentDocument } from '../sla/content';
import type { Workshop } from '../workshop/schema';
import type { SignerCapacity } from '../workshop/steps/sla';
import type { Team } from '../workshop/teams';
import { containsCjk } from './fonts';
import { parseIsoDate, termLastDay, utcParts } from './format';
import { slaStrings, type SlaStrings } from './strings';
import { SLA_VERSION } from './version';

export { SLA_VERSION };

export interface SignerView {
  id: string;
  name: string;
  role: string;
  team: Team | null;
  capacity: SignerCapacity | null;
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
  perPeriod: string;
  perMonth: string;
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
  contentHash: string;
  calculator: { intro: string; inputs: [string, string][]; rows: FunnelRowView[] } | null;
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
  /** Kept for callers written before versions; the document takes its hash from the version it prints. */
  contentHash?: string;
  /** ISO date-time the document is generated at. */
  generatedAt: string;
  /** The version to print; default: the latest frozen version, else the draft. */
  version?: number;
  /** The seal's facts for the audit page; absent in previews that are not sealed. */
  seal?: SlaSealView;
}

const pct = (rate: number) => `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(rate * 100)} %`;
const num = (n: number) => new Intl.NumberFormat('en').format(n);

export function buildSlaView({ workshop: w, generatedAt, version, seal }: SlaDocumentInput): SlaView {
  const doc = currentDocument(w, version);
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
    { kind: 'term', title: s.clauses.term, text: s.termText(effective ? s.formatDate(effective) : null, c.termMonths, lastDay ? s.formatDate(lastDay) : null) },
  ];
  const clauses = clauseTexts.map((cl, i) => ({ n: i + 1, kind: cl.kind, title: cl.title, paragraphs: cl.text.split('\n').filter((p) => p.trim() !== '') }));

  const calc = c.calculator ?? null;
  const money = (n: number) => (calc?.currency ? `${calc.currency} ${num(n)}` : num(n));
  const calculator = calc
    ? {
        intro: s.appendixIntro(s.funnelPeriod[calc.inputs.period]),
        inputs: [
          [s.funnelInputs.revenueGoal, `${money(calc.inputs.revenueGoal ?? 0)} / ${s.funnelPeriod[calc.inputs.period]}`],
          [s.funnelInputs.marketingShare, pct(calc.inputs.marketingShare ?? 0)],
          [s.funnelInputs.averageDealSize, money(calc.inputs.averageDealSize ?? 0)],
          ...(calc.inputs.salesReps === null ? [] : [[s.funnelInputs.salesReps, num(calc.inputs.salesReps)] as [string, string]]),
        ] as [string, string][],
        rows: (
          [
            ['deals', null],
            ['opportunities', calc.inputs.winRate],
            ['sqls', calc.inputs.sqlToOpportunity],
            ['sals', calc.inputs.salToSql],
            ['mqls', calc.inputs.mqlToSal],
          ] as const
        ).map(([k, rate]) => ({ stage: s.funnelStages[k], rate: rate === null ? '—' : pct(rate), perPeriod: num(calc.perPeriod[k]), perMonth: num(calc.perMonth[k]) })),
      }
    : null;

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
  const notice = doc.version === null ? s.draftNotice(doc.versionNumber) : doc.versionNumber < latest ? s.supersededNotice(doc.versionNumber, latest) : null;

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
    commitments: c.commitments.map((row, i) => ({ ...describeCommitment(row, c.language), id: row.id ?? `c${i}`, partyKey: row.party, note: row.note.trim() })),
    signers,
    contentHash: doc.contentHash,
    calculator,
    audit,
    hasCjk: false,
  };
  view.hasCjk = containsCjk(JSON.stringify(view, (key, value: unknown) => (key === 'image' || key === 's' ? undefined : value)));
  return view;
}
