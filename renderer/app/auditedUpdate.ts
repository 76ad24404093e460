import { produce, type Draft } from 'immer';
import { planSeal, applySeal } from '../../shared/seal/trail';
import type { Workshop } from '../../shared/workshop/schema';
import { platform } from '../platform';
import { checkAudit, type AuditVerdict } from './auditStatus';
import { storage } from './storageContext';
import { useWorkshop } from './workshopStore';

/**
 * Changes that write the SLA's audit trail (freeze, sign, amend, record an export) go through
 * here, one at a time: the trail must hold before it is extended, the new events are sealed
 * with the seal key (main, or browser mode's non-extractable key) and land together with their
 * seal in one store update, and this install notes how far it has sealed the trail. Such a
 * change cannot be undone: the trail only grows; an SLA is amended, not un-signed.
 */
export class AuditBrokenError extends Error {
  constructor(readonly verdict: AuditVerdict) {
    super('the audit trail is broken');
    this.name = 'AuditBrokenError';
  }
}

let queue: Promise<unknown> = Promise.resolve();

export function auditedUpdate(mutate: (draft: Draft<Workshop>, now: Date) => void): Promise<void> {
  const run = queue.then(() => apply(mutate));
  queue = run.catch(() => undefined);
  return run;
}

async function apply(mutate: (draft: Draft<Workshop>, now: Date) => void, attempt = 1): Promise<void> {
  const store = useWorkshop.getState();
  const w = store.workshop;
  if (!w) throw new Error('no workshop is open');
  const now = new Date();
  // Runs the change on a copy first: domain errors (a missing signer…) surface before any seal.
  const next = produce(w, (d) => mutate(d, now));
  const before = w.sla.audit.length;
  if (next.sla.audit.length === before) {
    store.update((d) => mutate(d, now));
    return;
  }
  const verdict = await checkAudit(w);
  if (!verdict.ok) throw new AuditBrokenError(verdict);
  const info = await platform.seal.info();
  const fingerprint = (info.organisation ?? info.install).fingerprint;
  const plan = planSeal(w.sla.seals, next.sla.audit, before, fingerprint);
  const { signature, sealer } = await platform.seal.signAuditSeal({
    workshopId: w.id,
    from: plan.from,
    to: plan.to,
    head: plan.head,
    kind: 'recorded',
    at: now.toISOString(),
  });
  const signed = {
    seal: {
      from: plan.from,
      to: plan.to,
      head: plan.head,
      kind: 'recorded' as const,
      at: now.toISOString(),
      sealer: sealer.fingerprint,
      signature,
    },
    certificates: sealer,
  };
  // Something changed the trail while the key was signing: start again from what is there now.
  if (useWorkshop.getState().workshop?.sla.audit !== w.sla.audit) {
    if (attempt >= 3) throw new Error('the audit trail kept changing while it was being sealed');
    return apply(mutate, attempt + 1);
  }
  const committed = useWorkshop.getState().commitAudited((d) => {
    mutate(d, now);
    // An edit made meanwhile (typing in the SLA while it froze) changed what was sealed.
    if (d.sla.audit.length !== plan.to || d.sla.audit[plan.to - 1]!.hash !== plan.head) return false;
    applySeal(d as Workshop, plan, signed);
    return true;
  });
  if (!committed) {
    if (attempt >= 3) throw new Error('the workshop kept changing while the audit trail was being sealed');
    return apply(mutate, attempt + 1);
  }
  await storage().trust.recordSealed(w.id, { to: plan.to, head: plan.head });
}
