import { Buffer } from 'buffer';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf, Signer } from '@signpdf/signpdf';
import { AFRelationship, PDFDocument } from 'pdf-lib';
import { describeCertificate } from './certificates';
import { signDetached } from './cms';
import { RECORD_FILE_NAME } from './pdf';
import { encodeRecord, type AccordRecord } from './record';
import type { Sealer } from './sealer';

/** Room for the CMS: ≈ 1.6 KB with a 2048-bit key and its certificate, more with an organisation's chain. */
const SIGNATURE_BYTES = 10_240;
const SUBFILTER_PADES = 'ETSI.CAdES.detached';

/** @signpdf asks a Signer for the CMS over the bytes outside the /Contents placeholder. */
class SealerSigner extends Signer {
  constructor(private readonly sealer: Sealer) {
    super();
  }

  override async sign(pdf: Buffer): Promise<Buffer> {
    return Buffer.from(await signDetached(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), this.sealer));
  }
}

const withBuffer = () => {
  // @signpdf reaches for a global Buffer; the worker sets one (bufferGlobal.ts), Node has one.
  const scope = globalThis as { Buffer?: unknown };
  scope.Buffer ??= Buffer;
};

/** Embeds the Accord record as an attached file (visible in a PDF reader's attachments). */
export async function attachRecord(
  pdf: Uint8Array,
  record: AccordRecord,
  { now = new Date() }: { now?: Date } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setKeywords(['Accord SLA', `version ${record.version}`]);
  await doc.attach(encodeRecord(record), RECORD_FILE_NAME, {
    mimeType: 'application/json',
    description: 'Accord record: the SLA content that was signed, its signatures and audit trail',
    creationDate: now,
    modificationDate: now,
    afRelationship: AFRelationship.Data,
  });
  return new Uint8Array(await doc.save({ useObjectStreams: false }));
}

/**
 * Seals a PDF: adds an invisible signature field (PAdES, ETSI.CAdES.detached) and signs
 * everything but the signature itself with the sealer's key. The record, when there is one,
 * must be attached before: whatever is added after sealing breaks the seal.
 */
export async function sealPdf(
  pdf: Uint8Array,
  sealer: Sealer,
  { now = new Date(), reason = 'Sealed by Accord' }: { now?: Date; reason?: string } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  withBuffer();
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const subject = (await describeCertificate(sealer.certificates[0]!))?.subject ?? 'Accord';
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason,
    contactInfo: '',
    name: subject,
    location: '',
    signingTime: now,
    signatureLength: SIGNATURE_BYTES,
    subFilter: SUBFILTER_PADES,
    appName: 'Accord',
  });
  // Without object streams the signature dictionary stays plain text, where @signpdf finds it.
  const prepared = await doc.save({ useObjectStreams: false });
  const sealed = await new SignPdf().sign(Buffer.from(prepared), new SealerSigner(sealer));
  return new Uint8Array(sealed);
}
