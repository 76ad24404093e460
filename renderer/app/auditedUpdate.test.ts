import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSealKey } from '../../shared/seal/identity';
import { sealPdf } from '../../shared/seal/seal';
import { cryptoKeySealer } from '../../shared/seal/sealer';
import { verifyTrail, verifyTrailParts } from '../../shared/seal/trail';
import { judgeSegments } from '../../shared/seal/trust';
import { chainVersions } from '../../shared/sla/audit';
import { clauseStrings } from '../../shared/sla/clauseStrings';
import { TEST_PNG } from '../../shared/sla/testSupport';
import { freezeSla, recordExport, signSla } from '../../shared/sla/versions';
import { SAMPLE_WORKSHOP_ID } from '../../shared/workshop/sample';
import type { Workshop } from '../../shared/workshop/schema';

// The edges: the seal worker (its functions run in-process) and the platform's key keeper
// (browser mode's port over the same IndexedDB, with the worker's work done in-process).
vi.mock('../pdf/sealClient', () => ({
  checkTrail: async (workshopId: string, sla: Workshop['sla'], trust: Parameters<typeof judgeSegments>[1]) => {
    const check = await verifyTrailParts(workshopId, sla.audit, chainVersions(sla.versions), sla.seals, sla.sealers);
    return { check, parts: judgeSegments(check.seals.segments, trust) };
  },
}));
vi.mock('../platform', async () => {
  const { openAccordDb } = await import('../storage/db');
  const { createTrustStore } = await import('../storage/trustStore');
  const { createBrowserSealPort } = await import('../storage/sealKeyStore');
  const db = openAccordDb();
  const seal = createBrowserSealPort(
    db,
    createTrustStore(db),
    {
      async createKey() {
        const k = await createSealKey();
        return { key: k.privateKey, certificateDer: k.certificateDer, installId: k.installId, createdAt: k.createdAt };
      },
      parseP12: async () => ({ problem: 'notP12' }),
      seal: (pdf, key, certificates, reason) => sealPdf(pdf, cryptoKeySealer(key, certificates as Uint8Array<ArrayBuffer>[]), { reason }),
    },
    (c) => c,
  );
  return { platform: { mode: 'browser', seal } };
});

const { initStorage, storage } = await import('./storageContext');
const { useWorkshop } = await import('./workshopStore');
const { auditedUpdate, AuditBrokenError } = await import('./auditedUpdate');
const { checkAudit } = await import('./auditStatus');

beforeAll(async () => {
  Object.assign(globalThis, {
    window: new EventTarget(),
    document: Object.assign(new EventTarget(), { visibilityState: 'visible', activeElement: null }),
  });
  await initStorage();
});

const open = async () => {
  await useWorkshop.getState().close();
  await useWorkshop.getState().open(SAMPLE_WORKSHOP_ID);
  return useWorkshop.getState().workshop!;
};

const signAs = (participantId: string) => (d: Workshop, now: Date) => {
  const p = d.commitment.participants.find((x) => x.id === participantId)!;
  signSla(d, { participantId, typedName: p.name, title: p.role, image: TEST_PNG, consent: clauseStrings(d.language).consentLine }, now);
};

describe('changes recorded in the audit trail', () => {
  it('are sealed as they land: freeze and two signatures make one seal by this install over every event, and cannot be undone', async () => {
    await open();
    useWorkshop.getState().update((d) => void (d.title = 'An edit before freezing'));
    await auditedUpdate((d, now) => void freezeSla(d as Workshop, now));
    await auditedUpdate(signAs('p-maya'));
    await auditedUpdate(signAs('p-diego'));
    const w = useWorkshop.getState().workshop!;
    expect(w.sla.audit.map((e) => e.type)).toEqual(['created', 'frozen', 'signed', 'signed']);
    const check = await verifyTrail(w);
    expect(check.ok).toBe(true);
    expect(check.seals.segments).toMatchObject([{ from: 0, to: 4, kind: 'recorded' }]);
    // The trail only grows: nothing before the last signature can be undone.
    expect(useWorkshop.getState().undo()).toBe(false);
    expect(await storage().trust.journal(w.id)).toEqual({ to: 4, head: w.sla.audit[3]!.hash });
    expect((await checkAudit(w)).ok).toBe(true);
  });

  it('are never dropped by an Undo toast made before them', async () => {
    const before = useWorkshop.getState().workshop!;
    const earlier = {
      ...before,
      title: 'An older copy',
      sla: { ...before.sla, versions: [], audit: [], seals: [], sealers: [], frozen: false },
    };
    useWorkshop.getState().replace(earlier);
    const w = useWorkshop.getState().workshop!;
    expect(w.title).toBe('An older copy');
    expect(w.sla.versions[0]!.signatures).toHaveLength(2);
    expect((await verifyTrail(w)).ok).toBe(true);
  });

  it('are refused on a broken trail, naming the break, and leave the workshop as it was', async () => {
    const w = useWorkshop.getState().workshop!;
    const tampered = structuredClone(w);
    tampered.sla.versions[0]!.signatures[1]!.typedName = 'Someone Else';
    useWorkshop.setState({ workshop: tampered });
    const exportEvent = (d: Workshop, now: Date) => recordExport(d, 1, d.sla.versions[0]!.contentHash, now);
    const refused = await auditedUpdate(exportEvent).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AuditBrokenError);
    expect((refused as InstanceType<typeof AuditBrokenError>).verdict.check.chain).toMatchObject({
      ok: false,
      reason: { code: 'signatureAltered', signer: 'Someone Else' },
    });
    expect(useWorkshop.getState().workshop).toBe(tampered);
    useWorkshop.setState({ workshop: w });
  });

  it('see a trail shorter than what this install sealed as rolled back', async () => {
    const w = useWorkshop.getState().workshop!;
    const older = structuredClone(w);
    older.sla.versions[0]!.signatures.pop();
    older.sla.audit.pop();
    older.sla.seals = [];
    const verdict = await checkAudit(older);
    expect(verdict.ok).toBe(false);
    expect(verdict.rolledBack).toEqual({ sealed: 4, present: 3 });
  });
});
