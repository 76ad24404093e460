import { workshopSchema, type Workshop } from '../workshop/schema';
import type { AuditSeal, SealerCertificates, Signature, SlaVersion } from '../workshop/steps/sla';
import { verifyAuditChain, type ChainCheck } from '../sla/audit';
import { signatureEvidence } from '../sla/evidence';
import { ITEM_KINDS, UNIT_NAMES, type ItemDoc, type ItemKind, type SyncDoc, type UnitName } from './docs';
import { mergeAuditTrails } from './auditMerge';
import { sealKey } from './mapping';
import type { Quarantined } from './validate';

export interface MergeResult {
  /** Null while the server has not yet sent every unit of a workshop this laptop does not hold. */
  workshop: Workshop | null;
  /** The merged audit trail checked against the merged versions. */
  trail: ChainCheck | null;
  relinked: number;
  /** Documents refused by the merge (e.g. a second content for a version number, or a signature on other content). */
  quarantined: Quarantined[];
  /** Who last edited each unit and when (docs from the server). */
  editors: { unit: UnitName; by: string; at: string }[];
}

type Item = { id: string };
const ITEM_PLACES: Record<ItemKind, { get: (w: Workshop) => Item[]; set: (w: Workshop, items: Item[]) => void }> = {
  decision: {
    get: (w) => w.facilitation.decisions,
    set: (w, i) => void (w.facilitation.decisions = i as Workshop['facilitation']['decisions']),
  },
  action: {
    get: (w) => w.facilitation.actionItems,
    set: (w, i) => void (w.facilitation.actionItems = i as Workshop['facilitation']['actionItems']),
  },
  parking: {
    get: (w) => w.facilitation.parkingLot,
    set: (w, i) => void (w.facilitation.parkingLot = i as Workshop['facilitation']['parkingLot']),
  },
  period: { get: (w) => w.feedback.periods, set: (w, i) => void (w.feedback.periods = i as Workshop['feedback']['periods']) },
};

const itemTime = (item: Item): string => {
  const i = item as { at?: string; createdAt?: string; start?: string };
  return i.at ?? i.createdAt ?? i.start ?? '';
};

/** Local order first (the room arranged it), then what arrived, in time order. */
function mergeItems(local: readonly Item[], incoming: readonly Item[], removed: ReadonlySet<string>): Item[] {
  const byId = new Map(incoming.map((i) => [i.id, i]));
  const merged = local.filter((i) => !removed.has(i.id)).map((i) => byId.get(i.id) ?? i);
  const have = new Set(merged.map((i) => i.id));
  const added = incoming.filter((i) => !have.has(i.id) && !removed.has(i.id));
  added.sort((a, b) => (itemTime(a) === itemTime(b) ? (a.id < b.id ? -1 : 1) : itemTime(a) < itemTime(b) ? -1 : 1));
  return [...merged, ...added];
}

function applyUnit(w: Workshop, unit: UnitName, data: unknown): void {
  const d = data as Record<string, unknown>;
  switch (unit) {
    case 'meta':
      Object.assign(w, d);
      return;
    case 'sla':
      w.sla = {
        ...w.sla,
        ...(d as Partial<Workshop['sla']>),
        versions: w.sla.versions,
        audit: w.sla.audit,
        seals: w.sla.seals,
        sealers: w.sla.sealers,
      };
      return;
    case 'feedback':
      w.feedback = { ...(d as Workshop['feedback']), periods: w.feedback.periods };
      return;
    case 'facilitation': {
      const { agenda: _old, ...rest } = w.facilitation;
      w.facilitation = { ...rest, ...(d.agenda === undefined ? {} : { agenda: d.agenda as Workshop['facilitation']['agenda'] }) };
      return;
    }
    default:
      (w as Record<string, unknown>)[unit] = data;
  }
}

/**
 * The workshop after what arrived from the server (documents already checked by checkIncoming):
 * each unit as the server holds it (its winning revision; conflicts are resolved by the user,
 * see conflicts.ts), and every append-only record from both sides. A version number this
 * laptop holds with other content is never replaced, and a signature joins its version only if
 * it signed that version's content. `removedIds`: documents deleted on the server (an item
 * someone removed). The result is validated as a whole; it is null until it is complete.
 */
export function mergeIntoWorkshop(local: Workshop | undefined, docs: readonly SyncDoc[], removedIds: readonly string[] = []): MergeResult {
  const quarantined: Quarantined[] = [];
  const units = new Map<UnitName, Extract<SyncDoc, { type: 'unit' }>>();
  for (const d of docs) if (d.type === 'unit') units.set(d.unit, d);
  const editors = [...units.values()].map((d) => ({ unit: d.unit, by: d.editedBy, at: d.editedAt }));
  if (!local && UNIT_NAMES.some((u) => !units.has(u))) return { workshop: null, trail: null, relinked: 0, quarantined, editors };

  const w = structuredClone(
    local ?? ({ facilitation: {}, feedback: {}, sla: { versions: [], audit: [], seals: [], sealers: [] } } as unknown as Workshop),
  );
  for (const [unit, doc] of units) applyUnit(w, unit, doc.data);
  if (!local) {
    w.facilitation = { ...w.facilitation, actionItems: [], decisions: [], parkingLot: [] };
    w.feedback = { ...w.feedback, periods: [] };
  }

  for (const kind of ITEM_KINDS) {
    const incoming = docs.filter((d): d is ItemDoc => d.type === kind).map((d) => d.item as Item);
    const removed = new Set(removedIds.filter((id) => id.split(':')[2] === kind).map((id) => id.split(':').slice(3).join(':')));
    ITEM_PLACES[kind].set(w, mergeItems(ITEM_PLACES[kind].get(w), incoming, removed));
  }

  // Signed versions: add the ones this laptop lacks; never replace one it has.
  const versions = new Map<number, SlaVersion>(w.sla.versions.map((v) => [v.number, { ...v, signatures: [...v.signatures] }]));
  for (const d of docs) {
    if (d.type !== 'version') continue;
    const held = versions.get(d.version.number);
    if (!held) versions.set(d.version.number, { ...d.version, signatures: [] });
    else if (held.contentHash !== d.version.contentHash) quarantined.push({ docId: d._id, code: 'rewritesSignedVersion' });
  }
  for (const d of docs) {
    if (d.type !== 'signature') continue;
    const v = versions.get(d.version);
    if (!v) continue; // its version has not arrived yet
    if (d.signature.contentHash !== v.contentHash) {
      quarantined.push({ docId: d._id, code: 'signatureMismatch' });
      continue;
    }
    const evidence = signatureEvidence(d.signature);
    if (!v.signatures.some((s) => signatureEvidence(s) === evidence)) v.signatures = [...v.signatures, d.signature as Signature];
  }
  for (const v of versions.values()) v.signatures.sort((a, b) => (a.signedAt < b.signedAt ? -1 : a.signedAt > b.signedAt ? 1 : 0));
  w.sla.versions = [...versions.values()].sort((a, b) => a.number - b.number);

  const merged = mergeAuditTrails(
    w.sla.audit,
    docs.flatMap((d) => (d.type === 'audit' ? [d.event] : [])),
  );
  w.sla.audit = merged.events;
  // A seal vouches for a stretch of the trail; it stays only where that stretch is still as it signed it.
  const seals = new Map<string, AuditSeal>(w.sla.seals.map((s) => [sealKey(s), s]));
  for (const d of docs) if (d.type === 'seal') seals.set(sealKey(d.seal), d.seal);
  w.sla.seals = [...seals.values()].filter((s) => merged.events[s.to - 1]?.hash === s.head).sort((a, b) => a.from - b.from);
  const sealers = new Map<string, SealerCertificates>(w.sla.sealers.map((s) => [s.fingerprint, s]));
  for (const d of docs) if (d.type === 'sealer' && !sealers.has(d.sealer.fingerprint)) sealers.set(d.sealer.fingerprint, d.sealer);
  w.sla.sealers = [...sealers.values()];

  const newest = [local?.updatedAt ?? '', ...editors.map((e) => e.at)].sort().at(-1)!;
  w.updatedAt = newest;
  const valid = workshopSchema.safeParse(w);
  if (!valid.success) {
    quarantined.push({ docId: `w:${w.id}:`, code: 'invalid', path: valid.error.issues[0]?.path.join('.') });
    return { workshop: null, trail: null, relinked: merged.relinked, quarantined, editors };
  }
  return {
    workshop: valid.data,
    trail: verifyAuditChain(valid.data.sla.audit, valid.data.sla.versions),
    relinked: merged.relinked,
    quarantined,
    editors,
  };
}
