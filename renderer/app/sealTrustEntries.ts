import type { TrustedEntry } from '../storage/trustStore';
import { showToast } from './toastStore';
import { trustListOf, useTrust } from './trustList';

/** Adding to this computer's trust list (Settings → Seal and trust → Add a trusted sealer). */

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Whom this computer already trusts with this fingerprint: itself, an entry, or nobody. */
export function known(fingerprint: string, kind: TrustedEntry['kind']): { own: true } | { entry: TrustedEntry } | null {
  const { info, entries } = useTrust.getState();
  if (kind === 'sealer' && trustListOf(info, []).own.includes(fingerprint)) return { own: true };
  const entry = entries.find((e) => e.kind === kind && e.fingerprint === fingerprint);
  return entry ? { entry } : null;
}

export async function addEntry(entry: Omit<TrustedEntry, 'addedAt'>, message: string): Promise<void> {
  await useTrust.getState().add(entry);
  showToast({ message });
}
