import type { Workshop } from '../workshop/schema';
import type { SlaVersion } from '../workshop/steps/sla';
import { appendAuditEvent } from './audit';
import { signatureEvidence } from './evidence';
import { contentHash, draftContent } from './content';

/**
 * The SLA's life: Draft → Ready for signature (frozen: canonical content → SHA-256, as a
 * numbered version) → Partially signed → Fully signed. Amending reopens the draft; the next
 * freeze makes the next version, and earlier versions keep their content and signatures.
 * These functions mutate the workshop they are given: call them inside a store update.
 */
export type SigningState = 'draft' | 'ready' | 'partiallySigned' | 'fullySigned';
export type VersionState = Exclude<SigningState, 'draft'>;

export const latestVersion = (w: Workshop): SlaVersion | null => w.sla.versions.at(-1) ?? null;

export function versionState(v: SlaVersion): VersionState {
  const signed = new Set(v.signatures.filter((s) => s.contentHash === v.contentHash).map((s) => s.participantId));
  if (signed.size === 0) return 'ready';
  // The executive witness is optional: marketing and sales signing makes it signed and countersigned.
  const required = v.content.signers.filter((p) => p.capacity !== 'witness');
  return required.length > 0 && required.every((p) => signed.has(p.id)) ? 'fullySigned' : 'partiallySigned';
}

export function signingState(w: Workshop): SigningState {
  const v = latestVersion(w);
  return v && w.sla.frozen ? versionState(v) : 'draft';
}

/** The SLA is locked against edits while frozen (out for signature, or signed). */
export const isLocked = (w: Workshop): boolean => w.sla.frozen && w.sla.versions.length > 0;

/**
 * Why the draft cannot be frozen yet, as codes the UI words in its own language (renderer
 * i18n, namespace sla: freeze.*); `commitment` is the 1-based position of the commitment.
 */
export type FreezeIssue =
  | { code: 'noMarketingSigner' | 'noSalesSigner' | 'unnamedSigner' | 'noCommitments' | 'noEffectiveDate' }
  | { code: 'targetMissing' | 'withinDaysMissing'; commitment: number };

export function freezeIssues(w: Workshop): FreezeIssue[] {
  const team = (id: string) => w.commitment.participants.find((p) => p.id === id)?.team;
  const signers = w.sla.signerIds.filter((id) => id !== w.sla.witnessId);
  const issues: FreezeIssue[] = [];
  if (!signers.some((id) => team(id) === 'marketing')) issues.push({ code: 'noMarketingSigner' });
  if (!signers.some((id) => team(id) === 'sales' || team(id) === 'sdr')) issues.push({ code: 'noSalesSigner' });
  const unnamed = [...signers, ...(w.sla.witnessId ? [w.sla.witnessId] : [])].filter((id) => !w.commitment.participants.find((p) => p.id === id)?.name.trim());
  if (unnamed.length > 0) issues.push({ code: 'unnamedSigner' });
  if (w.sla.commitments.length === 0) issues.push({ code: 'noCommitments' });
  w.sla.commitments.forEach((c, i) => {
    if (c.target === null) issues.push({ code: 'targetMissing', commitment: i + 1 });
    if (c.kind === 'followUpAttempts' && c.withinDays === null) issues.push({ code: 'withinDaysMissing', commitment: i + 1 });
  });
  if (w.sla.effectiveDate === '') issues.push({ code: 'noEffectiveDate' });
  return issues;
}

/** An issue in English, naming the field (the CLI's and the thrown error's wording). */
export function freezeIssueText(issue: FreezeIssue): string {
  switch (issue.code) {
    case 'noMarketingSigner':
      return 'Signers: choose at least one marketing representative.';
    case 'noSalesSigner':
      return 'Signers: choose at least one sales representative.';
    case 'unnamedSigner':
      return 'Signers: every signer needs a name in step 1.';
    case 'noCommitments':
      return 'Commitments: add at least one commitment.';
    case 'targetMissing':
      return `Commitment ${issue.commitment}: the target is missing.`;
    case 'withinDaysMissing':
      return `Commitment ${issue.commitment}: "within … days" is missing.`;
    case 'noEffectiveDate':
      return 'Effective date: choose the date the SLA starts.';
  }
}

/** Why the draft cannot be frozen yet, one English sentence per problem, each naming the field. */
export const freezeProblems = (w: Workshop): string[] => freezeIssues(w).map(freezeIssueText);

/** Records the "created" event once, when the SLA is first worked on. */
export function ensureCreated(w: Workshop, now: Date): void {
  if (w.sla.audit.length > 0) return;
  appendAuditEvent(w, { type: 'created', at: now.toISOString(), version: null, actor: w.facilitator.trim(), detail: 'SLA draft created', contentHash: null });
}

export function freezeSla(w: Workshop, now: Date): SlaVersion {
  if (isLocked(w)) throw new Error('the SLA is already frozen; amend it to make a new version');
  const problems = freezeProblems(w);
  if (problems.length > 0) throw new Error(problems.join(' '));
  ensureCreated(w, now);
  const content = draftContent(w);
  const version: SlaVersion = { number: content.version!, frozenAt: now.toISOString(), content, contentHash: contentHash(content), signatures: [] };
  w.sla.versions.push(version);
  w.sla.frozen = true;
  appendAuditEvent(w, { type: 'frozen', at: version.frozenAt, version: version.number, actor: w.facilitator.trim(), detail: `Version ${version.number} frozen for signature`, contentHash: version.contentHash });
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
  if (v.signatures.some((s) => s.participantId === input.participantId)) throw new Error(`${signer.name} has already signed version ${v.number}`);
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
  appendAuditEvent(w, { type: 'amended', at: now.toISOString(), version: v.number, actor: w.facilitator.trim(), detail: `Amendment of version ${v.number} started; version ${v.number + 1} will need fresh signatures`, contentHash: v.contentHash });
}

export function recordExport(w: Workshop, versionNumber: number, hash: string, now: Date): void {
  const draft = !w.sla.versions.some((v) => v.number === versionNumber);
  appendAuditEvent(w, { type: 'exported', at: now.toISOString(), version: draft ? null : versionNumber, actor: w.facilitator.trim(), detail: draft ? `Draft of version ${versionNumber} exported as PDF` : `Version ${versionNumber} exported as PDF`, contentHash: hash });
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
