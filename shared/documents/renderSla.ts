import type { DocumentProps } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { fromBase64 } from '../seal/bytes';
import { describeCertificate } from '../seal/certificates';
import { recordFor } from '../seal/record';
import { attachRecord } from '../seal/seal';
import { verifyTrail, type TrailCheck } from '../seal/trail';
import { currentDocument, type CurrentDocument } from '../sla/content';
import type { Workshop } from '../workshop/schema';
import type { SlaSealView } from './model';
import { SlaDocument } from './SlaDocument';

/**
 * The one path from a workshop to a sealed SLA PDF, used by the app's SLA worker and by the CLI
 * alike: check the audit trail (a broken one is never exported), build the printed version once,
 * render it with the seal's facts on its audit page, attach Accord's record, and seal. Rendering
 * and sealing are functions the caller passes: react-pdf's `pdf().toBlob()` in the worker or
 * `renderToBuffer` in Node; main's IPC call or browser mode's key (asked through the page), or
 * the CLI's key file.
 */
export type RenderPdf = (document: ReactElement<DocumentProps>) => Promise<Uint8Array>;
export type SealBytes = (unsealed: Uint8Array, reason: string) => Promise<Uint8Array>;

/** Thrown when the trail does not hold: the caller says which event, in its own words. */
export class TrailBrokenError extends Error {
  constructor(readonly trail: TrailCheck) {
    super('the audit trail is broken');
    this.name = 'TrailBrokenError';
  }
}

export interface SlaPdfInput {
  workshop: Workshop;
  /** The version to print; default: the latest frozen version, else the draft. */
  version?: number;
  /** The certificate that will seal the PDF, printed on its audit page. */
  sealer: { subject: string; fingerprint: string };
  now: Date;
}

export interface SealedSla {
  bytes: Uint8Array;
  contentHash: string;
  versionNumber: number;
  /** The version (or draft) the PDF prints, as it was built for it. */
  document: CurrentDocument;
  /** The audit trail as checked before rendering (it held). */
  trail: TrailCheck;
}

/** The signature dictionary's /Reason: which version and content a seal is for. */
export const sealReason = (versionNumber: number, contentHash: string): string =>
  `Sealed by Accord: SLA version ${versionNumber}, content SHA-256 ${contentHash}`;

/** The facts about who sealed the trail, for the audit page; the trail must have been checked. */
export async function sealView(w: Workshop, trail: TrailCheck, sealer: SlaPdfInput['sealer']): Promise<SlaSealView> {
  const subjects = new Map<string, string>();
  for (const s of w.sla.sealers) {
    const first = s.certificates[0];
    const info = first ? await describeCertificate(fromBase64(first)) : null;
    subjects.set(s.fingerprint, info?.subject ?? s.fingerprint.slice(0, 16));
  }
  return {
    sealer,
    trail: trail.seals.segments.map((seg) =>
      seg.kind === 'unsealed'
        ? { from: seg.from, to: seg.to, kind: seg.kind, subject: null, fingerprint: null }
        : { from: seg.from, to: seg.to, kind: seg.kind, subject: subjects.get(seg.sealer) ?? seg.sealer, fingerprint: seg.sealer },
    ),
  };
}

export async function renderSealedSla(
  { workshop, version, sealer, now }: SlaPdfInput,
  render: RenderPdf,
  seal: SealBytes,
): Promise<SealedSla> {
  const trail = await verifyTrail(workshop);
  if (!trail.ok) throw new TrailBrokenError(trail);
  const document = currentDocument(workshop, version);
  const view = await sealView(workshop, trail, sealer);
  const rendered = await render(SlaDocument({ workshop, document, generatedAt: now.toISOString(), seal: view }));
  const unsealed = await attachRecord(rendered, recordFor(workshop, document), { now });
  const bytes = await seal(unsealed, sealReason(document.versionNumber, document.contentHash));
  return { bytes, contentHash: document.contentHash, versionNumber: document.versionNumber, document, trail };
}
