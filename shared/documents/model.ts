import { describeCommitment, type CommitmentRowText } from '../sla/commitmentText';
import type { Workshop } from '../workshop/schema';
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
  signature: {
    image: string;
    typedName: string;
    title: string;
    team: Team;
    signedAt: string;
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

/**
 * Everything the SLA document prints, already worded and formatted, so the components only
 * lay it out and the wording can be tested without rendering a PDF.
 */
export interface SlaView {
  s: SlaStrings;
  language: string;
  client: string;
  title: string;
  version: number;
  effectiveDate: string | null;
  termMonths: number | null;
  termLastDay: string | null;
  generated: string;
  commitments: CommitmentView[];
  signers: SignerView[];
  contentHash: string;
  hasCjk: boolean;
}

export interface SlaDocumentInput {
  workshop: Workshop;
  /** SHA-256 hex of slaContent(workshop), computed by the caller (hashing is async). */
  contentHash: string;
  /** ISO date-time the document is generated at. */
  generatedAt: string;
}

export function buildSlaView({ workshop: w, contentHash, generatedAt }: SlaDocumentInput): SlaView {
  const s = slaStrings(w.language);
  const fmtUtc = (iso: string) => {
    const p = utcParts(iso);
    return p ? s.formatDateTimeUtc(p) : iso;
  };
  const effective = parseIsoDate(w.sla.effectiveDate);
  const lastDay = effective && w.sla.termMonths !== null ? termLastDay(effective, w.sla.termMonths) : null;
  const participants = new Map(w.commitment.participants.map((p) => [p.id, p]));
  // The latest signature wins if a signer signed more than once (e.g. after an amendment).
  const signatures = new Map(w.sla.signatures.map((sig) => [sig.participantId, sig]));

  const signers: SignerView[] = w.sla.signerIds.map((id) => {
    const p = participants.get(id);
    const sig = signatures.get(id);
    return {
      id,
      name: p?.name.trim() || s.unknownParticipant(id),
      role: p?.role.trim() ?? '',
      team: p?.team ?? null,
      signature: sig
        ? {
            image: sig.image,
            typedName: sig.typedName.trim(),
            title: sig.title.trim(),
            team: sig.team,
            signedAt: fmtUtc(sig.signedAt),
            matchesContent: sig.contentHash === contentHash,
            hashPrefix: sig.contentHash.slice(0, 12),
          }
        : null,
    };
  });

  const view: SlaView = {
    s,
    language: w.language,
    client: w.clientCompany.trim() || s.unnamedClient,
    title: w.title.trim(),
    version: SLA_VERSION,
    effectiveDate: effective ? s.formatDate(effective) : null,
    termMonths: w.sla.termMonths,
    termLastDay: lastDay ? s.formatDate(lastDay) : null,
    generated: fmtUtc(generatedAt),
    commitments: w.sla.commitments.map((c) => ({
      ...describeCommitment(c),
      id: c.id,
      partyKey: c.party,
      note: c.note.trim(),
    })),
    signers,
    contentHash,
    hasCjk: false,
  };
  view.hasCjk = containsCjk(JSON.stringify(view, (key, value: unknown) => (key === 'image' || key === 's' ? undefined : value)));
  return view;
}
