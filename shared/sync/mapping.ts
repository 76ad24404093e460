import type { Workshop } from '../workshop/schema';
import { signatureEvidence } from '../sla/evidence';
import { hashCanonical, canonicalJson } from '../sla/json';
import { docIds, UNIT_NAMES, type ItemKind, type SyncDoc, type UnitName } from './docs';

/** Who is writing, as the team workspace settings name them. */
export interface Editor {
  by: string;
  at: string;
}

/** The part of the workshop each unit document carries. */
export function unitData(w: Workshop, unit: UnitName): unknown {
  switch (unit) {
    case 'meta':
      return {
        schemaVersion: w.schemaVersion,
        id: w.id,
        title: w.title,
        clientCompany: w.clientCompany,
        facilitator: w.facilitator,
        language: w.language,
        createdAt: w.createdAt,
        completedSteps: w.completedSteps,
      };
    case 'sla': {
      const { versions: _v, audit: _a, seals: _s, sealers: _c, ...draft } = w.sla;
      return draft;
    }
    case 'feedback': {
      const { periods: _p, ...rest } = w.feedback;
      return rest;
    }
    case 'facilitation':
      return w.facilitation.agenda === undefined ? {} : { agenda: w.facilitation.agenda };
    default:
      return w[unit];
  }
}

const ITEM_SOURCES: Record<ItemKind, (w: Workshop) => readonly { id: string }[]> = {
  decision: (w) => w.facilitation.decisions,
  action: (w) => w.facilitation.actionItems,
  parking: (w) => w.facilitation.parkingLot,
  period: (w) => w.feedback.periods,
};

/** A seal has no id of its own; its signature is unique to what it signs. */
export const sealKey = (seal: { signature: string }): string => hashCanonical(seal.signature);

/**
 * Every document of a shared workshop. Pure: the same workshop gives the same documents, except
 * for `editedBy` / `editedAt`, which the sync service keeps from the mirror when the content did
 * not change (sameDocContent), so saving untouched units writes nothing.
 */
export function workshopToDocs(w: Workshop, editor: Editor): SyncDoc[] {
  const wid = w.id;
  const edited = { editedBy: editor.by, editedAt: editor.at };
  const docs: SyncDoc[] = UNIT_NAMES.map((unit) => ({
    _id: docIds.unit(wid, unit),
    type: 'unit' as const,
    workshopId: wid,
    unit,
    data: unitData(w, unit),
    ...edited,
  }));
  for (const kind of Object.keys(ITEM_SOURCES) as ItemKind[])
    for (const item of ITEM_SOURCES[kind](w))
      docs.push({ _id: docIds.item(wid, kind, item.id), type: kind, workshopId: wid, item, ...edited } as SyncDoc);
  for (const event of w.sla.audit) docs.push({ _id: docIds.audit(wid, event.hash), type: 'audit', workshopId: wid, event });
  for (const { signatures, ...version } of w.sla.versions) {
    docs.push({ _id: docIds.version(wid, version.number, version.contentHash), type: 'version', workshopId: wid, version });
    for (const signature of signatures)
      docs.push({
        _id: docIds.signature(wid, version.number, signatureEvidence(signature)),
        type: 'signature',
        workshopId: wid,
        version: version.number,
        signature,
      });
  }
  for (const seal of w.sla.seals) docs.push({ _id: docIds.seal(wid, sealKey(seal)), type: 'seal', workshopId: wid, seal });
  for (const sealer of w.sla.sealers) docs.push({ _id: docIds.sealer(wid, sealer.fingerprint), type: 'sealer', workshopId: wid, sealer });
  return docs;
}

/** What a document says, leaving out CouchDB's revision and who wrote it last. */
export function docContent(doc: SyncDoc): string {
  // A conflict's recorded resolution (renderer/sync) is history, not content.
  const { _rev: _r, resolution: _res, ...rest } = doc as SyncDoc & { resolution?: unknown };
  if ('editedBy' in rest) {
    const { editedBy: _b, editedAt: _a, ...content } = rest;
    return canonicalJson(content);
  }
  return canonicalJson(rest);
}

export const sameDocContent = (a: SyncDoc, b: SyncDoc): boolean => docContent(a) === docContent(b);
