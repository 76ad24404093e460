import { create } from 'zustand';
import type { SealInfo } from '../../shared/ipc/contract';
import { fromBase64 } from '../../shared/seal/bytes';
import type { TrustList } from '../../shared/seal/trust';
import { platform } from '../platform';
import type { TrustedEntry } from '../storage/trustStore';
import { storage } from './storageContext';

/**
 * Whom this install trusts when it checks a seal: itself (its install key and the organisation
 * certificate it seals with), and the sealers and CAs the user added in Settings. Loaded on
 * first use; every change goes through here so every check sees it at once.
 */
interface TrustState {
  info: SealInfo | null;
  entries: TrustedEntry[];
  /** Bumped on every change, so checks made before it can be redone. */
  version: number;
  load(): Promise<TrustList>;
  add(entry: Omit<TrustedEntry, 'addedAt'>): Promise<void>;
  remove(fingerprint: string, kind: TrustedEntry['kind']): Promise<void>;
  setInfo(info: SealInfo): void;
}

let loading: Promise<void> | null = null;

export const trustListOf = (info: SealInfo | null, entries: readonly TrustedEntry[]): TrustList => ({
  own: info ? [info.install.fingerprint, ...(info.organisation ? [info.organisation.fingerprint] : [])] : [],
  sealers: entries.filter((e) => e.kind === 'sealer').map((e) => e.fingerprint),
  authorities: entries.filter((e) => e.kind === 'authority' && e.certificate).map((e) => fromBase64(e.certificate!)),
});

export const useTrust = create<TrustState>((set, get) => ({
  info: null,
  entries: [],
  version: 0,
  async load() {
    loading ??= (async () => {
      const [info, entries] = await Promise.all([platform.seal.info(), storage().trust.list()]);
      set({ info, entries, version: get().version + 1 });
    })().catch((err: unknown) => {
      loading = null;
      throw err;
    });
    await loading;
    return trustListOf(get().info, get().entries);
  },
  async add(entry) {
    const entries = await storage().trust.add({ ...entry, addedAt: new Date().toISOString() });
    set({ entries, version: get().version + 1 });
  },
  async remove(fingerprint, kind) {
    const entries = await storage().trust.remove(fingerprint, kind);
    set({ entries, version: get().version + 1 });
  },
  setInfo(info) {
    set({ info, version: get().version + 1 });
  },
}));
