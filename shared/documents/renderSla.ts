import type { DocumentProps } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { fromBase64 } from '../seal/bytes';
import { describeCertificate } from '../seal/certificates';
import { recordFor } from '../seal/record';
import { attachRecord } from '../seal/seal';
import { verifyTrail, type TrailCheck } from '../seal/trail';
import { currentDocument } from '../sla/content';
import type { Workshop } from '../workshop/schema';
import type { SlaSealView } from './model';
import { SlaDocument } from './SlaDocument';
import { sealReason } from './sealReason';

/**
 * The one path from a workshop to an SLA PDF, used by the app's worker and by the CLI alike:
 * check the audit trail (a broken one is never exported), render the document with the seal's
 * facts on its audit page, attach Accord's record, and seal. Only the last step needs the key,
 * so it is a function the caller passes: main's IPC call, the worker's CryptoKey, the CLI's file.
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

export interface SlaPdf {
  bytes: Uint8Array;
  contentHash: string;
  versionNumber: number;
}

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

/** Rendered, with its record attached: what whoever holds the key seals. */
export async function renderSlaForSealing({ workshop, version, sealer, now }: SlaPdfInput, render: RenderPdf): Promise<SlaPdf> {
  const trail = await verifyTrail(workshop);
  if (!trail.ok) throw new TrailBrokenError(trail);
  const doc = currentDocument(workshop, version);
  const rendered = await render(SlaDocument({ workshop, generatedAt: now.toISOString(), version, seal: await sealView(workshop, trail, sealer) }));
  const bytes = await attachRecord(rendered, recordFor(workshop, version), { now });
  return { bytes, contentHash: doc.contentHash, versionNumber: doc.versionNumber };
}

export async function renderSealedSla(input: SlaPdfInput, render: RenderPdf, seal: SealBytes): Promise<SlaPdf> {
  const unsealed = await renderSlaForSealing(input, render);
  return { ...unsealed, bytes: await seal(unsealed.bytes, sealReason(unsealed.versionNumber, unsealed.contentHash)) };
}
