import type { Workshop } from '../../shared/workshop/schema';
import { platform } from '../platform';
import { storage } from './storageContext';
import { useWorkshop } from './workshopStore';

/**
 * Trails recorded before Accord sealed them, which this computer's database already held when
 * it was upgraded, are vouched for once with this install's key (an "adopted" seal): they were
 * made here. The database upgrade notes them (db.ts, version 4); a workshop imported from a file
 * is never noted, so nobody can have a trail of theirs adopted by importing it.
 */
export async function adoptLegacyTrail(w: Workshop): Promise<boolean> {
  const entry = await storage().trust.adoption(w.id);
  if (!entry) return false;
  const audit = w.sla.audit;
  const fits =
    audit.length >= entry.to &&
    audit[entry.to - 1]?.hash === entry.head &&
    (w.sla.seals.length === 0 ? audit.length === entry.to : w.sla.seals[0]!.from === entry.to);
  if (!fits) {
    // The trail is no longer the one the database held: there is nothing this install can vouch for.
    await storage().trust.clearAdoption(w.id);
    return false;
  }
  const at = new Date().toISOString();
  const { signature, sealer } = await platform.seal.signAuditSeal({
    workshopId: w.id,
    from: 0,
    to: entry.to,
    head: entry.head,
    kind: 'adopted',
    at,
  });
  const committed = useWorkshop.getState().commitAudited((d) => {
    if (d.id !== w.id || d.sla.audit[entry.to - 1]?.hash !== entry.head || (d.sla.seals[0] && d.sla.seals[0].from !== entry.to))
      return false;
    d.sla.seals.unshift({ from: 0, to: entry.to, head: entry.head, kind: 'adopted', at, sealer: sealer.fingerprint, signature });
    if (!d.sla.sealers.some((s) => s.fingerprint === sealer.fingerprint)) d.sla.sealers.push(sealer);
    return true;
  });
  if (committed) {
    await storage().trust.clearAdoption(w.id);
    await storage().trust.recordSealed(w.id, { to: entry.to, head: entry.head });
  }
  return committed;
}
