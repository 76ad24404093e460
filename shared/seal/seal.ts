import { Buffer } from 'buffer';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf, Signer } from '@signpdf/signpdf';
import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { signDetached } from './cms';
import { encodeFacts, FACTS_KEY, type SealFacts } from './facts';
import { sealSubject, type SealIdentity } from './identity';

/** Room for the CMS (≈ 1.6 KB with a 2048-bit key and its certificate) with margin. */
const SIGNATURE_BYTES = 4096;
const SUBFILTER_PADES = 'ETSI.CAdES.detached';

/** @signpdf asks a Signer for the CMS over the bytes outside the /Contents placeholder. */
class AccordSigner extends Signer {
  constructor(private readonly identity: SealIdentity) {
    super();
  }

  override async sign(pdf: Buffer): Promise<Buffer> {
    const cms = await signDetached(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), this.identity.privateKeyPkcs8, this.identity.certificateDer);
    return Buffer.from(cms);
  }
}

/**
 * Seals a rendered SLA PDF: records the facts in the information dictionary, adds an invisible
 * signature field (PAdES, ETSI.CAdES.detached) and signs everything but the signature itself.
 */
export async function sealPdf(pdf: Uint8Array, identity: SealIdentity, facts: SealFacts, { now = new Date() }: { now?: Date } = {}): Promise<Uint8Array<ArrayBuffer>> {
  // @signpdf reaches for a global Buffer; the worker sets one (bufferGlobal.ts), Node has one.
  const scope = globalThis as { Buffer?: unknown };
  scope.Buffer ??= Buffer;

  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setKeywords(['Accord SLA', `version ${facts.slaVersion}`, `sha256 ${facts.contentHash}`]);
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of(FACTS_KEY), PDFHexString.of(encodeFacts(facts)));

  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: `Sealed by Accord: SLA version ${facts.slaVersion}, content SHA-256 ${facts.contentHash}`,
    contactInfo: '',
    name: sealSubject(identity.installId),
    location: '',
    signingTime: now,
    signatureLength: SIGNATURE_BYTES,
    subFilter: SUBFILTER_PADES,
    appName: 'Accord',
  });
  // Without object streams the signature dictionary stays plain text, where @signpdf finds it.
  const prepared = await doc.save({ useObjectStreams: false });
  const sealed = await new SignPdf().sign(Buffer.from(prepared), new AccordSigner(identity));
  return new Uint8Array(sealed);
}
