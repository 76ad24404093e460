import type { AccordDb } from './db';

/** The meta-table key holding browser mode's seal identity (JSON text, shared/seal/storedIdentity.ts). */
export const SEAL_IDENTITY_KEY = 'sealIdentity';

/**
 * Browser mode keeps the per-install seal key in IndexedDB, in the same profile as the
 * workshops: there is no OS keychain to reach from a page. The first identity stored wins.
 */
export function createSealKeyStore(db: AccordDb) {
  return {
    async load(): Promise<string | null> {
      const row = await db.meta.get(SEAL_IDENTITY_KEY);
      return typeof row?.value === 'string' ? row.value : null;
    },
    store(identity: string): Promise<string> {
      return db.transaction('rw', db.meta, async () => {
        const row = await db.meta.get(SEAL_IDENTITY_KEY);
        if (typeof row?.value === 'string') return row.value;
        await db.meta.put({ key: SEAL_IDENTITY_KEY, value: identity });
        return identity;
      });
    },
  };
}
export type SealKeyStore = ReturnType<typeof createSealKeyStore>;
