import type { SealInfo } from '../../shared/ipc/contract';
import { sha256, toBase64, toHex } from '../../shared/seal/bytes';
import { RSA_SIGN } from '../../shared/seal/sealer';
import { parseSealIdentity } from '../../shared/seal/storedIdentity';
import { auditSealMessage } from '../../shared/seal/trail';
import type { AuditSealRequest, SealPort } from '../platform/platform';
import type { AccordDb } from './db';
import type { TrustStore } from './trustStore';

/**
 * Browser mode's seal keys, in IndexedDB beside the workshops: there is no OS keychain to reach
 * from a page, so the key is a non-extractable CryptoKey, stored as one (structured clone). A
 * script in the page can ask it to sign, as the app does, but cannot read it out or copy it
 * elsewhere. Installs from before kept the key as plain base64 text: the first use makes a new
 * key, trusts the old certificate (so PDFs sealed with it still verify as trusted here) and
 * deletes the old key.
 */
export const SEAL_KEY = 'sealKey';
export const ORGANISATION_KEY = 'sealOrganisationKey';
/** Where earlier versions kept the whole identity as JSON text, private key included. */
export const LEGACY_SEAL_IDENTITY = 'sealIdentity';

export interface StoredSealKey {
  format: 'accord-seal-key';
  version: 2;
  installId: string;
  privateKey: CryptoKey;
  /** The sealer's certificate first, then its chain (organisation certificates). */
  certificates: Uint8Array[];
  createdAt: string;
}

/** What the seal worker does for this store (made in the worker, so the page loads no forge). */
export interface KeyWorker {
  createKey(): Promise<{ key: CryptoKey; certificateDer: Uint8Array; installId: string; createdAt: string }>;
  parseP12(data: Uint8Array, password: string): Promise<{ key: CryptoKey; certificates: Uint8Array[] } | { problem: string }>;
  seal(pdf: Uint8Array, key: CryptoKey, certificates: Uint8Array[], reason: string): Promise<Uint8Array>;
}

const isStoredKey = (v: unknown): v is StoredSealKey =>
  typeof v === 'object' &&
  v !== null &&
  (v as StoredSealKey).format === 'accord-seal-key' &&
  (v as StoredSealKey).privateKey instanceof CryptoKey &&
  Array.isArray((v as StoredSealKey).certificates);

export function createBrowserSealPort(db: AccordDb, trust: TrustStore, worker: KeyWorker, problemText: (code: string) => string): SealPort {
  const read = async (key: string): Promise<StoredSealKey | null> => {
    const row = await db.meta.get(key);
    return isStoredKey(row?.value) ? row.value : null;
  };

  let install: Promise<StoredSealKey> | null = null;
  const loadInstall = (): Promise<StoredSealKey> =>
    (install ??= (async () => {
      const existing = await read(SEAL_KEY);
      if (existing) return existing;
      const made = await worker.createKey();
      const fresh: StoredSealKey = {
        format: 'accord-seal-key',
        version: 2,
        installId: made.installId,
        privateKey: made.key,
        certificates: [made.certificateDer],
        createdAt: made.createdAt,
      };
      const legacy = await db.meta.get(LEGACY_SEAL_IDENTITY);
      const parsed = typeof legacy?.value === 'string' ? parseSealIdentity(legacy.value) : null;
      const legacyCert = parsed?.ok ? parsed.identity.certificateDer : null;
      if (legacyCert) {
        const fingerprint = toHex(await sha256(legacyCert));
        await trust.add({
          fingerprint,
          kind: 'sealer',
          label: 'This browser, before its key was renewed',
          certificate: toBase64(legacyCert),
          addedAt: new Date().toISOString(),
        });
      }
      // First one wins: two tabs making a key at once end up with the same one.
      return db.transaction('rw', db.meta, async () => {
        const again = await db.meta.get(SEAL_KEY);
        if (isStoredKey(again?.value)) return again.value;
        await db.meta.put({ key: SEAL_KEY, value: fresh });
        await db.meta.delete(LEGACY_SEAL_IDENTITY);
        return fresh;
      });
    })().catch((err: unknown) => {
      install = null;
      throw err;
    }));

  const view = async (k: StoredSealKey) => ({
    fingerprint: toHex(await sha256(k.certificates[0]!)),
    certificates: k.certificates.map(toBase64),
  });
  const active = async () => (await read(ORGANISATION_KEY)) ?? (await loadInstall());
  const info = async (): Promise<SealInfo> => {
    const org = await read(ORGANISATION_KEY);
    // Browser mode has no keyring at all: Settings says so in its own words.
    return { install: await view(await loadInstall()), organisation: org ? await view(org) : null, protection: 'browserProfile' };
  };

  return {
    info,
    async sealPdf(pdf, reason) {
      const k = await active();
      return worker.seal(pdf, k.privateKey, k.certificates, reason);
    },
    async signAuditSeal({ workshopId, ...unsigned }: AuditSealRequest) {
      const k = await active();
      const signature = new Uint8Array(await globalThis.crypto.subtle.sign(RSA_SIGN, k.privateKey, auditSealMessage(workshopId, unsigned)));
      return { signature: toBase64(signature), sealer: await view(k) };
    },
    async importOrganisation(data, password) {
      const parsed = await worker.parseP12(data, password);
      if ('problem' in parsed) throw new Error(problemText(parsed.problem));
      const stored: StoredSealKey = {
        format: 'accord-seal-key',
        version: 2,
        installId: 'organisation',
        privateKey: parsed.key,
        certificates: parsed.certificates,
        createdAt: new Date().toISOString(),
      };
      await db.meta.put({ key: ORGANISATION_KEY, value: stored });
      return info();
    },
    async removeOrganisation() {
      await db.meta.delete(ORGANISATION_KEY);
      return info();
    },
  };
}
