import { SCHEMA_VERSION } from './schema';
import { defaultTargetBuyerStep } from './steps/targetBuyer';
import { defaultLeadProcessStep } from './steps/leadProcess';
import { defaultQualifiedLeadStep } from './steps/qualifiedLead';
import { defaultHandOffStep } from './steps/handOff';
import { defaultMetricsStep } from './steps/metrics';
import { defaultTechnologyStep } from './steps/technology';
import { defaultFeedbackStep } from './steps/feedback';
import { defaultFacilitation } from './facilitation';
import { slaFromV2 } from './migrateSlaV2';
import { migrateDefinitionV5 } from './migrateV5/definition';
import { migrateNumbersV5 } from './migrateV5/numbers';
import { migrateSigningV5 } from './migrateV5/signing';

/**
 * Workshop documents outlive the release that wrote them: a file exported last year, or a row
 * in a laptop's database, may carry an older `schemaVersion`. Each migration brings a document
 * from version `from` to `from + 1`, and they run one after another up to SCHEMA_VERSION.
 *
 * Rules for adding one (when SCHEMA_VERSION becomes N):
 * - append `{ from: N - 1, up }`; never edit a step that has shipped, files depend on it;
 * - `up` receives what version `from` wrote, unvalidated, as plain JSON; it may mutate its
 *   argument (it is a private copy) and throw if it meets something it cannot carry forward;
 * - the result is validated by `workshopSchema` afterwards, so `up` need not check everything;
 * - the Dexie upgrade for the same release runs these steps over stored rows too (db.ts).
 */
export type JsonRecord = Record<string, unknown>;

export interface WorkshopMigration {
  readonly from: number;
  /** What changed, for the reader of this list. */
  readonly change: string;
  up(doc: JsonRecord): JsonRecord;
}

export const WORKSHOP_MIGRATIONS: readonly WorkshopMigration[] = [
  {
    from: 1,
    change: 'Steps 3–6 and 8–10 get their data, and the room its action items, decisions and parking lot; all empty at first.',
    up: (doc) => ({
      ...doc,
      targetBuyer: defaultTargetBuyerStep(),
      leadProcess: defaultLeadProcessStep(),
      qualifiedLead: defaultQualifiedLeadStep(),
      handOff: defaultHandOffStep(),
      metrics: defaultMetricsStep(),
      technology: defaultTechnologyStep(),
      feedback: defaultFeedbackStep(),
      facilitation: defaultFacilitation(),
    }),
  },
  {
    from: 2,
    change:
      'Step 7 gets versions, an audit trail, clauses, a calculator, a witness, review and escalation; commitments a delivery rhythm. Signatures of schemaVersion 2 become version 1, as signed.',
    up: (doc) => ({ ...doc, sla: slaFromV2(doc) }),
  },
  {
    from: 3,
    change:
      "Step 7's audit trail gets seals (who recorded which events, signed with the seal key). Earlier events stay as recorded, outside every seal; a trail that only says the draft was created is cleared (the next freeze opens it again).",
    up: (doc) => ({ ...doc, sla: sealsFromV3(doc.sla) }),
  },
  {
    from: 4,
    change:
      'Numbers and definitions: periods up to a year and the week’s first day; compliance levels per commitment; sales’ own commitments (qualify by a day, MQL→SQL rate) linked to what they answer; actuals as counts; the scoring model with word matching, ranges, per-activity decay and a minimum engagement; stage roles; agreements bound to the text agreed; one review cadence. Signed versions keep their content as signed.',
    up: (doc) => migrateSigningV5(migrateDefinitionV5(migrateNumbersV5(doc))),
  },
];

function sealsFromV3(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const sla = value as JsonRecord;
  const audit = Array.isArray(sla.audit) ? (sla.audit as JsonRecord[]) : [];
  const versions = Array.isArray(sla.versions) ? sla.versions : [];
  const onlyCreated = versions.length === 0 && audit.length === 1 && audit[0]?.type === 'created';
  return { ...sla, audit: onlyCreated ? [] : sla.audit, seals: [], sealers: [] };
}

export type MigrationResult = { ok: true; doc: JsonRecord } | { ok: false; error: string };

export function migrateWorkshop(
  doc: JsonRecord,
  fromVersion: number,
  migrations: readonly WorkshopMigration[] = WORKSHOP_MIGRATIONS,
  toVersion: number = SCHEMA_VERSION,
): MigrationResult {
  let current = doc;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) {
      return {
        ok: false,
        error: `This file uses schemaVersion ${fromVersion}, which this version of Accord cannot upgrade (it reads ${toVersion}).`,
      };
    }
    try {
      // The step owns a copy, so a step that throws half-way leaves the caller's object as it was;
      // the version is stamped here so a step cannot forget it.
      current = { ...step.up(structuredClone(current)), schemaVersion: version + 1 };
    } catch (err) {
      const reason = (err instanceof Error ? err.message : String(err)).replace(/\.$/, '');
      return { ok: false, error: `The workshop could not be upgraded from schemaVersion ${version} to ${version + 1}: ${reason}.` };
    }
  }
  return { ok: true, doc: current };
}
