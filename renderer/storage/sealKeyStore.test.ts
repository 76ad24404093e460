import { describe, expect, it } from 'vitest';
import { sha256, toHex } from '../../shared/seal/bytes';
import { createSealIdentity, createSealKey } from '../../shared/seal/identity';
import { readSeal } from '../../shared/seal/read';
import { sealPdf } from '../../shared/seal/seal';
import { cryptoKeySealer, importSigningKey, verifyWithSpki } from '../../shared/seal/sealer';
import { serializeSealIdentity } from '../../shared/seal/storedIdentity';
import { plainPdf } from '../../shared/seal/testSupport';
import { spkiOf } from '../../shared/seal/certificates';
import { auditSealMessage } from '../../shared/seal/trail';
import { parseP12 } from '../../shared/seal/p12';
import { openAccordDb } from './db';
import { createBrowserSealPort, LEGACY_SEAL_IDENTITY, SEAL_KEY, type KeyWorker } from './sealKeyStore';
import { createTrustStore } from './trustStore';

/** The seal worker's work, done in-process (the worker runs the same shared functions). */
const worker: KeyWorker = {
  async createKey() {
    const k = await createSealKey();
    return { key: k.privateKey, certificateDer: k.certificateDer, installId: k.installId, createdAt: k.createdAt };
  },
  async parseP12(data, password) {
    const r = parseP12(data, password);
    if (!r.ok) return { problem: r.problem.code };
    return { key: await importSigningKey(r.key.privateKeyPkcs8), certificates: r.key.certificates };
  },
  seal: (pdf, key, certificates, reason) => sealPdf(pdf, cryptoKeySealer(key, certificates as Uint8Array<ArrayBuffer>[]), { reason }),
};

function setup() {
  const db = openAccordDb(`seal-${crypto.randomUUID()}`);
  const trust = createTrustStore(db);
  return { db, trust, port: createBrowserSealPort(db, trust, worker, (code) => code) };
}

describe('browser mode seal keys (IndexedDB)', () => {
  it('makes one non-extractable key on first use, stored as a CryptoKey, and finds the same one after reopening', async () => {
    const { db, trust, port } = setup();
    const info = await port.info();
    expect(info.protection).toBe('browserProfile');
    const row = await db.meta.get(SEAL_KEY);
    const stored = row?.value as { privateKey: CryptoKey; certificates: Uint8Array[] };
    expect(stored.privateKey).toBeInstanceOf(CryptoKey);
    expect(stored.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', stored.privateKey)).rejects.toThrow();
    // Nothing in the stored row is key material: only the CryptoKey handle and the certificate.
    expect(JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? `bytes(${v.length})` : v))).not.toMatch(/pkcs8|BEGIN/i);
    const again = createBrowserSealPort(db, trust, worker, (c) => c);
    expect((await again.info()).install.fingerprint).toBe(info.install.fingerprint);
    await db.delete();
  });

  it('seals PDFs and signs audit seals with that key; the page only gets certificates and signatures back', async () => {
    const { db, port } = setup();
    const info = await port.info();
    const sealed = await port.sealPdf(await plainPdf(), 'Sealed by Accord');
    expect((await readSeal(sealed)).sealer?.fingerprint).toBe(info.install.fingerprint);
    const unsigned = { from: 0, to: 2, head: 'b'.repeat(64), kind: 'recorded' as const, at: '2026-12-07T10:00:00.000Z' };
    const { signature, sealer } = await port.signAuditSeal({ workshopId: 'w', ...unsigned });
    expect(sealer.fingerprint).toBe(info.install.fingerprint);
    const spki = spkiOf(Uint8Array.from(atob(sealer.certificates[0]!), (c) => c.charCodeAt(0)));
    expect(
      await verifyWithSpki(
        spki,
        Uint8Array.from(atob(signature), (c) => c.charCodeAt(0)),
        auditSealMessage('w', unsigned),
      ),
    ).toBe(true);
    await db.delete();
  });

  it('re-keys an install that kept its key as plain text: the old key is deleted, its certificate trusted', async () => {
    const { db, trust, port } = setup();
    const old = await createSealIdentity({ installId: 'old-browser' });
    await db.meta.put({ key: LEGACY_SEAL_IDENTITY, value: serializeSealIdentity(old) });
    const info = await port.info();
    const oldFingerprint = toHex(await sha256(old.certificateDer));
    expect(info.install.fingerprint).not.toBe(oldFingerprint);
    expect(await db.meta.get(LEGACY_SEAL_IDENTITY)).toBeUndefined();
    expect((await trust.list()).map((e) => [e.fingerprint, e.kind])).toEqual([[oldFingerprint, 'sealer']]);
    // PDFs the old key sealed still trace to it.
    const oldPdf = await sealPdf(await plainPdf(), cryptoKeySealer(await importSigningKey(old.privateKeyPkcs8), [old.certificateDer]));
    expect((await readSeal(oldPdf)).sealer?.fingerprint).toBe(oldFingerprint);
    await db.delete();
  });
});
