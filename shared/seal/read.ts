import { latin1 } from './bytes';
import { describeCertificate, type CertificateInfo } from './certificates';
import { verifyDetached, type CmsProblem } from './cms';
import { decodeFacts, type SealFacts } from './facts';
import { locateSignatures, readRecordBytes, type SignatureField } from './pdf';
import { checkRecord, parseRecord, type RecordCheck } from './record';

/**
 * What a sealed SLA PDF says about itself, in three parts answered separately:
 * - intact? `status`: exactly one signature, covering the whole file (a trailing newline
 *   aside), whose CMS is well formed, digest and RSA signature verify;
 * - sealed by whom? `sealer`: the certificate, its fingerprint and the chain it carried;
 * - what was sealed? `record`: Accord's record from the signed revision, rechecked.
 * Whether the sealer is trusted is a question for the reader's trust list (trust.ts).
 * Findings are codes; the CLI and the app word them.
 */
export type SealStatus = 'intact' | 'broken' | 'unsealed' | 'not-pdf';

export type SealProblem =
  | { code: 'unreadablePdf' | 'rangeOutsideFile' | 'signatureNotInGap' | 'rangeNotWholeFile' }
  | { code: 'severalSignatures'; count: number }
  | { code: 'bytesAppended'; bytes: number }
  | { code: 'cms'; problem: CmsProblem };

export interface SealerInfo extends CertificateInfo {
  /** DER certificates: the sealer's own first, then the others the signature carried. */
  certificates: Uint8Array<ArrayBuffer>[];
}

export type RecordReading =
  /** Format 2 (accord-record.json), checked: fingerprint recomputed, trail and seals verified. */
  | { format: 2; check: RecordCheck }
  /** Format 1 (the document information entry of earlier versions): numbers as recorded. */
  | { format: 1; facts: SealFacts }
  | { format: null; problem: RecordReadProblem };

export type RecordReadProblem =
  { code: 'none' | 'unreadable' | 'tooLarge' | 'notJson' } | { code: 'invalid'; field: string; message: string };

export interface SealReport {
  status: SealStatus;
  problems: SealProblem[];
  sealer: SealerInfo | null;
  /** The signing time the signature dictionary states (/M), ISO, or null. */
  sealedAt: string | null;
  /** Read from the signed revision only; null when there is no signed revision to read. */
  record: RecordReading | null;
}

const report = (status: SealStatus, problems: SealProblem[] = []): SealReport => ({
  status,
  problems,
  sealer: null,
  sealedAt: null,
  record: null,
});

/** PDF date "D:20261201083000Z" or "D:20261201083000+01'00'" → ISO; null when it is not one. */
export function pdfDateToIso(text: string): string | null {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|([+-])(\d{2})'?(\d{2})'?)?/.exec(text);
  if (!m) return null;
  const offset = !m[7] || m[7] === 'Z' ? 'Z' : `${m[8]}${m[9]}:${m[10]}`;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Never throws, whatever the bytes: a damaged or hostile file is a finding, not a crash. */
export async function readSeal(bytes: Uint8Array): Promise<SealReport> {
  try {
    return await inspect(bytes);
  } catch {
    return report('broken', [{ code: 'unreadablePdf' }]);
  }
}

/** A PAdES signature may be followed by one end-of-line after the %%EOF it covers. */
function trailingBytes(bytes: Uint8Array, end: number): number {
  const rest = bytes.length - end;
  if (rest === 1 && (bytes[end] === 0x0a || bytes[end] === 0x0d)) return 0;
  if (rest === 2 && bytes[end] === 0x0d && bytes[end + 1] === 0x0a) return 0;
  return rest;
}

async function inspect(bytes: Uint8Array): Promise<SealReport> {
  const located = await locateSignatures(bytes);
  if (located.kind === 'notPdf') return report('not-pdf');
  if (located.kind === 'unreadable') return report('broken', [{ code: 'unreadablePdf' }]);
  if (located.kind === 'unsealed') {
    return { ...report('unsealed'), record: await readRecord(bytes) };
  }
  const problems: SealProblem[] = [];
  // Accord seals once; a second signature field means the file was signed or changed again.
  if (located.fields.length > 1) problems.push({ code: 'severalSignatures', count: located.fields.length });
  const field = located.fields[0]!;
  const [a, b, c, d] = field.byteRange;
  if (a !== 0 || b <= 0 || c <= b || d < 0 || c + d > bytes.length) return report('broken', [...problems, { code: 'rangeOutsideFile' }]);
  const appended = trailingBytes(bytes, c + d);
  if (appended > 0) problems.push({ code: 'bytesAppended', bytes: appended });
  if (!gapHoldsSignature(bytes, field)) return report('broken', [...problems, { code: 'signatureNotInGap' }]);

  const signed = new Uint8Array(b + d);
  signed.set(bytes.subarray(0, b), 0);
  signed.set(bytes.subarray(c, c + d), b);
  const check = await verifyDetached(signed, field.cms);
  if (!check.ok) problems.push({ code: 'cms', problem: check.problem });
  const own = check.certificates[0];
  const described = own ? await describeCertificate(own) : null;
  const sealer = own && described ? { ...described, certificates: check.certificates } : null;
  // Only the signed revision is read: whatever was appended is counted, never shown.
  const record = await readRecord(bytes.subarray(0, c + d));
  return {
    status: problems.length === 0 ? 'intact' : 'broken',
    problems,
    sealer,
    sealedAt: field.signingTime ? pdfDateToIso(field.signingTime) : null,
    record,
  };
}

/** The bytes between the two ranges are exactly the /Contents hex string the field declares. */
function gapHoldsSignature(bytes: Uint8Array, field: SignatureField): boolean {
  const [, b, c] = field.byteRange;
  const gap = latin1(bytes.subarray(b, c));
  if (!gap.startsWith('<') || !gap.endsWith('>')) return false;
  const hex = gap.slice(1, -1);
  if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length !== field.cms.length * 2) return false;
  for (let i = 0; i < field.cms.length; i++) if (parseInt(hex.slice(i * 2, i * 2 + 2), 16) !== field.cms[i]) return false;
  return true;
}

async function readRecord(revision: Uint8Array): Promise<RecordReading> {
  const found = await readRecordBytes(revision);
  if (found.kind === 'none' || found.kind === 'unreadable' || found.kind === 'tooLarge')
    return { format: null, problem: { code: found.kind } };
  if (found.kind === 'info') {
    const decoded = decodeFacts(found.hex);
    return decoded.ok
      ? { format: 1, facts: decoded.facts }
      : { format: null, problem: { code: 'invalid', field: 'AccordSla', message: decoded.error } };
  }
  const parsed = parseRecord(found.json);
  if (!parsed.ok) return { format: null, problem: parsed.error };
  return { format: 2, check: await checkRecord(parsed.record) };
}
