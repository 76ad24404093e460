import { z } from 'zod';
import { chainVersion } from '../sla/audit';
import { currentDocument, type CurrentDocument } from '../sla/content';
import { signatureFacts, type SignatureFacts } from '../sla/evidence';
import { hashCanonical } from '../sla/json';
import type { Workshop } from '../workshop/schema';
import { auditEventSchema, auditSealSchema, sealerCertificatesSchema, slaContentSchema } from '../workshop/steps/sla';
import { verifyTrailParts, type TrailCheck } from './trail';

/**
 * The Accord record a sealed SLA PDF carries as an embedded file (accord-record.json), inside
 * the signed bytes: the canonical content that was signed, every version's fingerprint and
 * signatures (by their evidence, without the drawn images), and the audit trail with its
 * seals. A reader recomputes the fingerprint from the content and checks the trail itself,
 * rather than trusting numbers written beside them.
 */
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex');

const signatureFactsSchema = z
  .object({
    participantId: z.string().min(1).max(64),
    typedName: z.string().max(120),
    title: z.string().max(120),
    team: z.string().max(40),
    consent: z.string().max(500),
    signedAt: z.string().max(40),
    contentHash: sha256Hex,
    imageSha256: sha256Hex,
  })
  .strict();

export const accordRecordSchema = z
  .object({
    format: z.literal('accord-sla-record'),
    formatVersion: z.literal(2),
    workshopId: z.string().min(1).max(64),
    /** The version the PDF prints; `state` says whether it was frozen or is a draft of the next. */
    version: z.number().int().min(1).max(999),
    state: z.enum(['frozen', 'draft']),
    content: slaContentSchema,
    versions: z
      .array(
        z
          .object({ number: z.number().int().min(1).max(999), contentHash: sha256Hex, signatures: z.array(signatureFactsSchema).max(21) })
          .strict(),
      )
      .max(100),
    audit: z
      .object({
        events: z.array(auditEventSchema).max(5000),
        seals: z.array(auditSealSchema).max(5000),
        sealers: z.array(sealerCertificatesSchema).max(100),
      })
      .strict(),
  })
  .strict();
export type AccordRecord = z.infer<typeof accordRecordSchema>;

/**
 * The record for the SLA a PDF exported now prints: the document the PDF was built from (so
 * the version is put together once per export), by default the version shown.
 */
export function recordFor(w: Workshop, doc: CurrentDocument = currentDocument(w)): AccordRecord {
  return {
    format: 'accord-sla-record',
    formatVersion: 2,
    workshopId: w.id,
    version: doc.versionNumber,
    state: doc.version ? 'frozen' : 'draft',
    content: doc.content,
    versions: w.sla.versions.map((v) => ({ number: v.number, contentHash: v.contentHash, signatures: v.signatures.map(signatureFacts) })),
    audit: { events: w.sla.audit, seals: w.sla.seals, sealers: w.sla.sealers },
  };
}

export const encodeRecord = (record: AccordRecord): Uint8Array<ArrayBuffer> => new TextEncoder().encode(JSON.stringify(record));

export type ParsedRecord =
  { ok: true; record: AccordRecord } | { ok: false; error: { code: 'notJson' } | { code: 'invalid'; field: string; message: string } };

export function parseRecord(json: string): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: { code: 'notJson' } };
  }
  const r = accordRecordSchema.safeParse(value);
  if (r.success) return { ok: true, record: r.data };
  const issue = r.error.issues[0];
  return { ok: false, error: { code: 'invalid', field: issue?.path.join('.') || 'record', message: issue?.message ?? 'invalid' } };
}

export type RecordProblem =
  { code: 'contentMismatch'; version: number } | { code: 'otherWorkshop' } | { code: 'versionUnknown'; version: number };

export interface RecordCheck {
  workshopId: string;
  clientCompany: string;
  version: number;
  state: AccordRecord['state'];
  /** Recomputed from the content the record carries, never read from it. */
  contentHash: string;
  /** Signatures of the printed version given to exactly this content. */
  signers: SignatureFacts[];
  problem: RecordProblem | null;
  trail: TrailCheck;
  /** True when the content, the trail and its seals all hold. */
  ok: boolean;
}

export async function checkRecord(record: AccordRecord): Promise<RecordCheck> {
  const contentHash = hashCanonical(record.content);
  const printed = record.versions.find((v) => v.number === record.version);
  let problem: RecordProblem | null = null;
  if (record.content.workshopId !== record.workshopId) problem = { code: 'otherWorkshop' };
  else if (record.state === 'frozen' && !printed) problem = { code: 'versionUnknown', version: record.version };
  else if (record.state === 'frozen' && printed!.contentHash !== contentHash)
    problem = { code: 'contentMismatch', version: record.version };
  const versions = record.versions.map((v) =>
    chainVersion({
      number: v.number,
      contentHash: v.contentHash,
      content: v.number === record.version && record.state === 'frozen' ? record.content : null,
      signatures: v.signatures,
    }),
  );
  const trail = await verifyTrailParts(record.workshopId, record.audit.events, versions, record.audit.seals, record.audit.sealers);
  const signers = record.state === 'frozen' ? (printed?.signatures ?? []).filter((s) => s.contentHash === contentHash) : [];
  return {
    workshopId: record.workshopId,
    clientCompany: record.content.clientCompany,
    version: record.version,
    state: record.state,
    contentHash,
    signers,
    problem,
    trail,
    ok: problem === null && trail.ok,
  };
}
