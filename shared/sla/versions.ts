import type { Workshop } from '../workshop/schema';
import type { FreezeOverrides, SlaContent, SlaVersion } from '../workshop/steps/sla';
import { appendAuditEvent } from './audit';
import { signatureEvidence } from './evidence';
import { contentHash, draftContent } from './content';
import { slaDraftIssues } from '../workshop/stepChecks/sla';
import type { Gap } from '../workshop/gaps';
import type { CheckValue } from '../workshop/checkMessage';
import { consistencyIssues, consistencyIssueText, issueKey, type ConsistencyIssue } from './consistency';

/**
 * The SLA's life: Draft → Ready for signature (frozen: canonical content → SHA-256, as a
 * numbered version) → Partially signed → Fully signed. Amending reopens the draft; the next
 * freeze makes the next version, and earlier versions keep their content and signatures.
 * These functions mutate the workshop they are given: call them inside a store update.
 */
export type SigningState = 'draft' | 'ready' | 'partiallySigned' | 'fullySigned';
export type VersionState = Exclude<SigningState, 'draft'>;

export const latestVersion = (w: Workshop): SlaVersion | null => w.sla.versions.at(-1) ?? null;

/**
 * One signing status, computed here only and used by step 7, the SLA PDF and the report. The
 * executive witness is optional: marketing and sales signing makes a version signed and
 * countersigned, and a witness who has not signed changes neither the state nor who is waited for.
 */
export const isOptionalSigner = (signer: SlaContent['signers'][number]): boolean => signer.capacity === 'witness';

/** Where one signer of a version stands: signed this content, signed other content, not yet, or an optional witness not signing (yet). */
export type SignerStatus = 'signed' | 'otherContent' | 'waiting' | 'optional';

export function signerStatus(v: Pick<SlaVersion, 'signatures' | 'contentHash'>, signer: SlaContent['signers'][number]): SignerStatus {
  const sig = v.signatures.find((s) => s.participantId === signer.id);
  if (sig) return sig.contentHash === v.contentHash ? 'signed' : 'otherContent';
  return isOptionalSigner(signer) ? 'optional' : 'waiting';
}

export function versionState(v: SlaVersion): VersionState {
  const statuses = v.content.signers.map((p) => ({ p, status: signerStatus(v, p) }));
  if (!statuses.some((x) => x.status === 'signed')) return 'ready';
  const required = statuses.filter((x) => !isOptionalSigner(x.p));
  return required.length > 0 && required.every((x) => x.status === 'signed') ? 'fullySigned' : 'partiallySigned';
}

/** The required signers of a version who have not signed its content yet (never the optional witness). */
export const awaitedSigners = (v: SlaVersion): SlaContent['signers'] =>
  v.content.signers.filter((p) => signerStatus(v, p) === 'waiting' || signerStatus(v, p) === 'otherContent');

export function signingState(w: Workshop): SigningState {
  const v = latestVersion(w);
  return v && w.sla.frozen ? versionState(v) : 'draft';
}

/** The SLA is locked against edits while frozen (out for signature, or signed). */
export const isLocked = (w: Workshop): boolean => w.sla.frozen && w.sla.versions.length > 0;

/**
 * Why the draft cannot be frozen yet: step 7's rule set (shared/workshop/stepChecks/sla.ts), so
 * freezing and "Mark step done" say the same problem with the same code. Each names the field
 * it is about; the UI words it through its `checks` namespace.
 */
export type FreezeIssue = Gap;

export const freezeIssues = (w: Workshop): FreezeIssue[] => slaDraftIssues(w);

const n = (issue: FreezeIssue): CheckValue | undefined => issue.values?.n;

/** An issue in English, naming the field (the CLI's and the thrown error's wording). */
export function freezeIssueText(issue: FreezeIssue): string {
  const v = issue.values ?? {};
  switch (issue.code) {
    case 'signersMarketing':
      return 'Signers: choose at least one marketing representative.';
    case 'signersSales':
      return 'Signers: choose at least one sales representative.';
    case 'signerName':
      return 'Signers: every signer needs a name in step 1.';
    case 'commitments':
      return 'Commitments: add at least one commitment.';
    case 'commitmentTarget':
      return `Commitment ${n(issue)}: the target is missing.`;
    case 'commitmentWithin':
      return `Commitment ${n(issue)}: say within how many days the attempts happen.`;
    case 'commitmentPercent':
      return `Commitment ${n(issue)}: the target is a percentage of at most 100 %, not ${v.value} %.`;
    case 'commitmentLevel':
      return `Commitment ${n(issue)}: the level (the share of MQLs that must make the time limit) is missing.`;
    case 'commitmentAtRisk':
      return `Commitment ${n(issue)}: “at risk from” is missing.`;
    case 'commitmentAtRiskBelowMet':
      return `Commitment ${n(issue)}: “at risk from” (${v.atRisk} %) must be below “met” (${v.met} %).`;
    case 'commitmentLinkGone':
      return `Commitment ${n(issue)}: the delivery it answers was removed; choose another or none.`;
    case 'effectiveDate':
      return 'Effective date: choose the date the SLA starts.';
    case 'termMonths':
      return `Pilot term: say how many months (${v.min}–${v.max}).`;
    default:
      return issue.code;
  }
}

/** Why the draft cannot be frozen yet, one English sentence per problem, each naming the field. */
export const freezeProblems = (w: Workshop): string[] => freezeIssues(w).map(freezeIssueText);

/** Records the "created" event once, when the SLA is first worked on. */
export function ensureCreated(w: Workshop, now: Date): void {
  if (w.sla.audit.length > 0) return;
  appendAuditEvent(w, {
    type: 'created',
    at: now.toISOString(),
    version: null,
    actor: w.facilitator.trim(),
    detail: 'SLA draft created',
    contentHash: null,
  });
}

/**
 * Freezing with disagreements left (shared/sla/consistency.ts): the issues the room was shown and
 * accepted, and the reason it typed. Recorded in the version's content (the SLA prints them) and
 * in the "frozen" event of the audit trail.
 */
export interface FreezeOverride {
  accepted: readonly ConsistencyIssue[];
  reason: string;
}

/** The most a typed override reason keeps (it is part of the signed content and of the audit event). */
export const OVERRIDE_REASON_MAX = 300;

/** The "frozen" event's detail; with an override it names the accepted codes and the reason (the UI words it, renderer slaWords.ts). */
export function frozenDetail(version: number, overrides: FreezeOverrides | undefined): string {
  const plain = `Version ${version} frozen for signature`;
  if (!overrides) return plain;
  const codes = [...new Set(overrides.issues.map((i) => i.code))].join(', ');
  return `${plain}; known differences accepted (${codes}): ${overrides.reason}`.slice(0, 500);
}

/**
 * Freezes the draft as the next version. Disagreements between its numbers block freezing
 * unless `override` accepts every one of them (as shown to the room) with a reason.
 */
export function freezeSla(w: Workshop, now: Date, override?: FreezeOverride): SlaVersion {
  if (isLocked(w)) throw new Error('the SLA is already frozen; amend it to make a new version');
  const problems = freezeProblems(w);
  if (problems.length > 0) throw new Error(problems.join(' '));
  const issues = consistencyIssues(w);
  const reason = override?.reason.trim().slice(0, OVERRIDE_REASON_MAX) ?? '';
  if (issues.length > 0) {
    const accepted = new Set((override?.accepted ?? []).map(issueKey));
    const left = issues.filter((i) => !accepted.has(issueKey(i)));
    if (left.length > 0) throw new Error(`Disagreements to fix or accept before freezing: ${left.map(consistencyIssueText).join(' ')}`);
    if (!reason) throw new Error('Reason: say why the room signs with these differences.');
  }
  ensureCreated(w, now);
  const overrides: FreezeOverrides | undefined = issues.length > 0 ? { issues, reason } : undefined;
  const content: SlaContent = { ...draftContent(w), ...(overrides ? { overrides } : {}) };
  const version: SlaVersion = {
    number: content.version!,
    frozenAt: now.toISOString(),
    content,
    contentHash: contentHash(content),
    signatures: [],
  };
  w.sla.versions.push(version);
  w.sla.frozen = true;
  appendAuditEvent(w, {
    type: 'frozen',
    at: version.frozenAt,
    version: version.number,
    actor: w.facilitator.trim(),
    detail: frozenDetail(version.number, overrides),
    contentHash: version.contentHash,
  });
  return version;
}

export interface SignatureInput {
  participantId: string;
  typedName: string;
  title: string;
  image: string;
  consent: string;
}

export function signSla(w: Workshop, input: SignatureInput, now: Date): void {
  const v = latestVersion(w);
  if (!v || !w.sla.frozen) throw new Error('freeze the SLA before anyone signs it');
  const signer = v.content.signers.find((p) => p.id === input.participantId);
  if (!signer) throw new Error(`${input.typedName || input.participantId} is not a signer of version ${v.number}`);
  if (v.signatures.some((s) => s.participantId === input.participantId))
    throw new Error(`${signer.name} has already signed version ${v.number}`);
  if (!input.typedName.trim()) throw new Error('Full name: type the signer’s name');
  if (!input.consent.trim()) throw new Error('Consent: the signer must agree to the consent line');
  const participant = w.commitment.participants.find((p) => p.id === input.participantId);
  const at = now.toISOString();
  const signature = {
    participantId: input.participantId,
    typedName: input.typedName.trim(),
    title: input.title.trim(),
    team: participant?.team ?? signer.team ?? 'marketing',
    image: input.image,
    signedAt: at,
    contentHash: v.contentHash,
    consent: input.consent,
  };
  v.signatures.push(signature);
  const as = signer.capacity === 'witness' ? 'as executive witness' : `for ${signer.capacity ?? signer.team ?? 'their team'}`;
  appendAuditEvent(w, {
    type: 'signed',
    at,
    version: v.number,
    actor: signature.typedName,
    detail: `Signed version ${v.number} ${as}`,
    contentHash: v.contentHash,
    evidence: signatureEvidence(signature),
  });
  if (versionState(v) === 'fullySigned' && !w.completedSteps.includes('sla')) w.completedSteps.push('sla');
}

/** Reopens the draft after freezing; the next freeze makes version n + 1 with fresh signatures. */
export function amendSla(w: Workshop, now: Date): void {
  const v = latestVersion(w);
  if (!v || !w.sla.frozen) throw new Error('only a frozen SLA can be amended');
  w.sla.frozen = false;
  w.completedSteps = w.completedSteps.filter((s) => s !== 'sla');
  appendAuditEvent(w, {
    type: 'amended',
    at: now.toISOString(),
    version: v.number,
    actor: w.facilitator.trim(),
    detail: `Amendment of version ${v.number} started; version ${v.number + 1} will need fresh signatures`,
    contentHash: v.contentHash,
  });
}

export function recordExport(w: Workshop, versionNumber: number, hash: string, now: Date): void {
  const draft = !w.sla.versions.some((v) => v.number === versionNumber);
  appendAuditEvent(w, {
    type: 'exported',
    at: now.toISOString(),
    version: draft ? null : versionNumber,
    actor: w.facilitator.trim(),
    detail: draft ? `Draft of version ${versionNumber} exported as PDF` : `Version ${versionNumber} exported as PDF`,
    contentHash: hash,
  });
}

/** A version's stored content still hashes to its fingerprint (false: it was altered). */
export const versionIntact = (v: SlaVersion): boolean => contentHash(v.content) === v.contentHash;

/**
 * Every SLA version this workshop knows, for Verify to say which one a PDF's fingerprint
 * matches. `state` is 'draft' for the unfrozen draft, else the version's signing state, with
 * ' (superseded)' once a later version was frozen.
 */
export function knownSlaVersions(w: Workshop): { version: number; contentHash: string; state: string }[] {
  const out = w.sla.versions.map((v, i) => ({
    version: v.number,
    contentHash: v.contentHash,
    state: versionState(v) + (i < w.sla.versions.length - 1 ? ' (superseded)' : ''),
  }));
  if (!w.sla.frozen || w.sla.versions.length === 0) {
    const content = draftContent(w);
    out.push({ version: content.version!, contentHash: contentHash(content), state: 'draft' });
  }
  return out;
}
