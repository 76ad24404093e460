import { currentDocument } from '../sla/content';
import type { Workshop } from '../workshop/schema';
import type { SealFacts } from './facts';

/**
 * The shapes sealFactsFor reads, kept structural so the seal does not follow every change to
 * the step-7 schema: a frozen SLA version has these fields.
 */
export interface SealedWorkshop {
  id: string;
  clientCompany: string;
}
export interface SealedVersion {
  number: number;
  contentHash: string;
  signatures: readonly { typedName: string; title: string; team: string; signedAt: string; contentHash: string }[];
}

/** The record sealed into an SLA PDF: only signatures over this exact content count. */
export function sealFactsFor(workshop: SealedWorkshop, version: SealedVersion): SealFacts {
  return {
    format: 'accord-sla',
    contentHash: version.contentHash,
    slaVersion: version.number,
    workshopId: workshop.id,
    clientCompany: workshop.clientCompany.trim().slice(0, 200),
    signers: version.signatures
      .filter((s) => s.contentHash === version.contentHash)
      .map((s) => ({ name: s.typedName.trim().slice(0, 120), title: s.title.trim().slice(0, 120), team: s.team.slice(0, 40), signedAt: s.signedAt.slice(0, 40) })),
  };
}

/** The facts for the SLA a PDF exported now carries: the version shown (or picked), its hash and signatures. */
export function sealFactsForExport(workshop: Workshop, versionNumber?: number): SealFacts {
  const doc = currentDocument(workshop, versionNumber);
  return sealFactsFor(workshop, { number: doc.versionNumber, contentHash: doc.contentHash, signatures: doc.version?.signatures ?? [] });
}
