import { z } from 'zod';
import { workshopSchema } from '../workshop/schema';
import { auditEventSchema, auditSealSchema, sealerCertificatesSchema, signatureSchema, slaVersionSchema } from '../workshop/steps/sla';
import { compliancePeriodSchema } from '../workshop/steps/feedback';
import { actionItemSchema, decisionSchema, parkingLotItemSchema } from '../workshop/facilitation';

/**
 * A shared workshop as CouchDB documents. The shapes are chosen so that two laptops working at
 * once rarely touch the same document: each editable step is one unit, and every record that is
 * only ever added (audit events, signed versions, signatures, seals) is a document of its own
 * whose id is derived from its content, so two laptops adding records never write the same id.
 * Decisions, action items, parking-lot items and compliance periods are one document each, by
 * their own id, so adding them on two laptops never conflicts either.
 *
 * Drawn signature images travel inline in the signature document (a PNG data URL, at most the
 * 2 MB the workshop schema allows): the signature's evidence hash covers the image, so keeping
 * image and facts in one document means one can never arrive without the other.
 */

/** The editable parts of a workshop, each one document (`meta`: title, client, facilitator…). */
export const UNIT_NAMES = [
  'meta',
  'commitment',
  'goals',
  'targetBuyer',
  'leadProcess',
  'qualifiedLead',
  'handOff',
  'sla',
  'metrics',
  'technology',
  'feedback',
  'facilitation',
] as const;
export type UnitName = (typeof UNIT_NAMES)[number];

const shape = workshopSchema.shape;
export const metaSchema = z.object({
  schemaVersion: shape.schemaVersion,
  id: shape.id,
  title: shape.title,
  clientCompany: shape.clientCompany,
  facilitator: shape.facilitator,
  language: shape.language,
  createdAt: shape.createdAt,
  completedSteps: shape.completedSteps,
});
export type WorkshopMeta = z.infer<typeof metaSchema>;

/** Step 7's draft without what is append-only (versions, audit trail, seals): those are documents of their own. */
const slaUnitSchema = shape.sla.omit({ versions: true, audit: true, seals: true, sealers: true });
/** Step 10 without its compliance periods (one document each). */
const feedbackUnitSchema = shape.feedback.omit({ periods: true });
/** The agenda only: decisions, actions and parking-lot items are documents of their own. */
const facilitationUnitSchema = shape.facilitation.pick({ agenda: true });

export const UNIT_SCHEMAS = {
  meta: metaSchema,
  commitment: shape.commitment,
  goals: shape.goals,
  targetBuyer: shape.targetBuyer,
  leadProcess: shape.leadProcess,
  qualifiedLead: shape.qualifiedLead,
  handOff: shape.handOff,
  sla: slaUnitSchema,
  metrics: shape.metrics,
  technology: shape.technology,
  feedback: feedbackUnitSchema,
  facilitation: facilitationUnitSchema,
} satisfies Record<UnitName, z.ZodType>;

/** Who changed a document and when: a shared workshop shows who else edited it. */
const editor = { editedBy: z.string().max(120), editedAt: z.iso.datetime({ offset: true }) };
const workshopId = shape.id;
/** CouchDB's own fields, which the mapping neither trusts nor needs beyond the id. */
const couch = { _id: z.string().min(1).max(300), _rev: z.string().max(200).optional() };

export const unitDocSchema = z.object({
  ...couch,
  type: z.literal('unit'),
  workshopId,
  unit: z.enum(UNIT_NAMES),
  data: z.unknown(),
  ...editor,
});
export const auditDocSchema = z.object({ ...couch, type: z.literal('audit'), workshopId, event: auditEventSchema });
export const versionDocSchema = z.object({
  ...couch,
  type: z.literal('version'),
  workshopId,
  version: slaVersionSchema.omit({ signatures: true }),
});
export const signatureDocSchema = z.object({
  ...couch,
  type: z.literal('signature'),
  workshopId,
  version: z.number().int().min(1).max(999),
  signature: signatureSchema,
});
export const sealDocSchema = z.object({ ...couch, type: z.literal('seal'), workshopId, seal: auditSealSchema });
export const sealerDocSchema = z.object({ ...couch, type: z.literal('sealer'), workshopId, sealer: sealerCertificatesSchema });

export const ITEM_KINDS = ['decision', 'action', 'parking', 'period'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
const ITEM_SCHEMAS = {
  decision: decisionSchema,
  action: actionItemSchema,
  parking: parkingLotItemSchema,
  period: compliancePeriodSchema,
} as const;
const itemDoc = <K extends ItemKind>(kind: K) =>
  z.object({ ...couch, type: z.literal(kind), workshopId, item: ITEM_SCHEMAS[kind], ...editor });
export const itemDocSchemas = {
  decision: itemDoc('decision'),
  action: itemDoc('action'),
  parking: itemDoc('parking'),
  period: itemDoc('period'),
};

export const syncDocSchema = z.discriminatedUnion('type', [
  unitDocSchema,
  auditDocSchema,
  versionDocSchema,
  signatureDocSchema,
  sealDocSchema,
  sealerDocSchema,
  itemDocSchemas.decision,
  itemDocSchemas.action,
  itemDocSchemas.parking,
  itemDocSchemas.period,
]);
export type SyncDoc = z.infer<typeof syncDocSchema>;
export type UnitDoc = z.infer<typeof unitDocSchema>;
export type AuditDoc = z.infer<typeof auditDocSchema>;
export type VersionDoc = z.infer<typeof versionDocSchema>;
export type SignatureDoc = z.infer<typeof signatureDocSchema>;
export type ItemDoc = Extract<SyncDoc, { type: ItemKind }>;

/** Larger than any valid document (a 2 MB signature image and its facts): anything bigger is refused unread. */
export const MAX_DOC_CHARS = 2_200_000;

/** Every id starts with the workshop's, so one database holds a whole team's workshops. */
export const docIds = {
  prefix: (wid: string) => `w:${wid}:`,
  unit: (wid: string, unit: UnitName) => `w:${wid}:unit:${unit}`,
  audit: (wid: string, hash: string) => `w:${wid}:audit:${hash}`,
  version: (wid: string, n: number, contentHash: string) => `w:${wid}:version:${n}:${contentHash}`,
  signature: (wid: string, n: number, evidence: string) => `w:${wid}:signature:${n}:${evidence}`,
  seal: (wid: string, signatureHash: string) => `w:${wid}:seal:${signatureHash}`,
  sealer: (wid: string, fingerprint: string) => `w:${wid}:sealer:${fingerprint}`,
  item: (wid: string, kind: ItemKind, id: string) => `w:${wid}:${kind}:${id}`,
};

/** The workshop a document id belongs to, or null for anything not shaped like ours. */
export function workshopIdOf(docId: string): string | null {
  const m = /^w:([^:]{1,64}):/.exec(docId);
  return m ? m[1]! : null;
}
