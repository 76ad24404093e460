import type { AccordDb } from './db';

/**
 * What this install trusts when it checks a seal (Settings → Trusted sealers): sealers by
 * certificate fingerprint, and organisation CAs by certificate. Kept beside the workshops in
 * IndexedDB; the list says whom the user chose to believe, it holds no secret.
 */
export interface TrustedEntry {
  /** SHA-256 of the certificate, lower-case hex. */
  fingerprint: string;
  kind: 'sealer' | 'authority';
  /** What the user knows it as: the certificate's subject, or their own words. */
  label: string;
  /** DER, base64: needed for an authority (to check chains); kept for a sealer when known. */
  certificate: string | null;
  addedAt: string;
}

const TRUSTED = 'trustedSealers';
/** The meta row that marks a workshop's trail as the database held it when it was upgraded (db.ts, version 4). */
export const adoptionKey = (workshopId: string): string => `auditAdopt:${workshopId}`;
const JOURNAL = (workshopId: string) => `auditHead:${workshopId}`;

/** How far this install has sealed a workshop's trail: a file that is shorter or differs was rolled back or rewritten. */
export interface JournalEntry {
  to: number;
  head: string;
}

const isEntry = (v: unknown): v is TrustedEntry =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as TrustedEntry).fingerprint === 'string' &&
  ((v as TrustedEntry).kind === 'sealer' || (v as TrustedEntry).kind === 'authority');

export function createTrustStore(db: AccordDb) {
  const read = async (): Promise<TrustedEntry[]> => {
    const row = await db.meta.get(TRUSTED);
    return Array.isArray(row?.value) ? (row.value as unknown[]).filter(isEntry) : [];
  };
  return {
    list: read,
    /** Adds (or relabels) an entry; resolves the list as stored. */
    add(entry: TrustedEntry): Promise<TrustedEntry[]> {
      return db.transaction('rw', db.meta, async () => {
        const list = (await read()).filter((e) => !(e.fingerprint === entry.fingerprint && e.kind === entry.kind));
        const next = [...list, entry];
        await db.meta.put({ key: TRUSTED, value: next });
        return next;
      });
    },
    remove(fingerprint: string, kind: TrustedEntry['kind']): Promise<TrustedEntry[]> {
      return db.transaction('rw', db.meta, async () => {
        const next = (await read()).filter((e) => !(e.fingerprint === fingerprint && e.kind === kind));
        await db.meta.put({ key: TRUSTED, value: next });
        return next;
      });
    },
    async journal(workshopId: string): Promise<JournalEntry | null> {
      const row = await db.meta.get(JOURNAL(workshopId));
      const v = row?.value as JournalEntry | undefined;
      return v && typeof v.to === 'number' && typeof v.head === 'string' ? v : null;
    },
    /** A trail this database held when Accord began sealing trails (db.ts, version 4), still to be vouched for. */
    async adoption(workshopId: string): Promise<JournalEntry | null> {
      const v = (await db.meta.get(adoptionKey(workshopId)))?.value as JournalEntry | undefined;
      return v && typeof v.to === 'number' && typeof v.head === 'string' ? v : null;
    },
    clearAdoption: (workshopId: string) => db.meta.delete(adoptionKey(workshopId)),
    /** Records that this install sealed the trail up to `to` (only ever moves forward). */
    recordSealed(workshopId: string, entry: JournalEntry): Promise<void> {
      return db.transaction('rw', db.meta, async () => {
        const row = await db.meta.get(JOURNAL(workshopId));
        const current = row?.value as JournalEntry | undefined;
        if (current && current.to > entry.to) return;
        await db.meta.put({ key: JOURNAL(workshopId), value: entry });
      });
    },
  };
}
export type TrustStore = ReturnType<typeof createTrustStore>;
