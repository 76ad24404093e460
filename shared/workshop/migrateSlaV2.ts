import { chainEvent, type AuditEventInput } from '../sla/audit';
import { hashCanonical } from '../sla/json';
import type { JsonRecord } from './migrations';
import type { AuditEvent } from './steps/sla';

/**
 * schemaVersion 2 → 3 for step 7. What people signed in version 2 was `slaContent` of that
 * release, hashed; it is rebuilt here exactly as that code built it (frozen: never edit), so
 * the carried-over version 1 has the very fingerprint its signatures carry.
 */
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const arr = (v: unknown): JsonRecord[] => (Array.isArray(v) ? (v as JsonRecord[]) : []);
const rec = (v: unknown): JsonRecord => (v && typeof v === 'object' && !Array.isArray(v) ? (v as JsonRecord) : {});

function v2Content(doc: JsonRecord, sla: JsonRecord): JsonRecord {
  const participants = arr(rec(doc.commitment).participants);
  const byId = new Map(participants.map((p) => [p.id, p]));
  return {
    document: 'accord-sla',
    workshopId: doc.id,
    clientCompany: str(doc.clientCompany).trim(),
    title: str(doc.title).trim(),
    language: doc.language,
    effectiveDate: sla.effectiveDate,
    termMonths: sla.termMonths,
    commitments: arr(sla.commitments).map((c) => ({
      party: c.party,
      kind: c.kind,
      target: c.target,
      withinDays: c.withinDays,
      period: c.period,
      note: str(c.note).trim(),
    })),
    signers: (Array.isArray(sla.signerIds) ? (sla.signerIds as unknown[]) : []).map((sid) => {
      const p = byId.get(sid);
      return { id: sid, name: p ? str(p.name).trim() : '', role: p ? str(p.role).trim() : '', team: p?.team ?? null };
    }),
  };
}

export function slaFromV2(doc: JsonRecord): JsonRecord {
  const sla = rec(doc.sla);
  const { signatures: rawSignatures, ...rest } = sla;
  const signatures = arr(rawSignatures)
    .map((s): JsonRecord => ({ ...s, consent: '' }))
    .sort((a, b) => str(a.signedAt).localeCompare(str(b.signedAt)));
  const cadence = rec(doc.commitment).meetingCadence;
  const createdAt = str(doc.createdAt);
  const firstSigned = str(signatures[0]?.signedAt);

  const events: AuditEventInput[] = [
    {
      type: 'created',
      at: firstSigned && firstSigned < createdAt ? firstSigned : createdAt,
      version: null,
      actor: str(doc.facilitator).trim(),
      detail: 'SLA draft created',
      contentHash: null,
    },
  ];
  const versions: JsonRecord[] = [];
  if (signatures.length > 0) {
    const content = v2Content(doc, sla);
    const contentHash = hashCanonical(content);
    versions.push({ number: 1, frozenAt: firstSigned, content, contentHash, signatures });
    events.push({
      type: 'frozen',
      at: firstSigned,
      version: 1,
      actor: '',
      detail: 'Version 1 carried over from schemaVersion 2, frozen by its first signature',
      contentHash,
    });
    for (const s of signatures) {
      events.push({
        type: 'signed',
        at: str(s.signedAt),
        version: 1,
        actor: str(s.typedName).trim(),
        detail: 'Signed version 1 (schemaVersion 2)',
        contentHash: str(s.contentHash),
      });
    }
  }
  const audit: AuditEvent[] = [];
  for (const e of events) audit.push(chainEvent(audit.at(-1), e));

  return {
    ...rest,
    commitments: arr(sla.commitments).map((c) => ({ ...c, rhythm: null })),
    witnessId: null,
    reviewCadence: typeof cadence === 'string' ? cadence : 'monthly',
    escalation: '',
    calculator: null,
    clauses: [],
    frozen: signatures.length > 0,
    versions,
    audit,
  };
}
