import { useEffect } from 'react';
import { create } from 'zustand';
import type { TrailCheck } from '../../shared/seal/trail';
import type { TrailPart } from '../../shared/seal/trust';
import type { Workshop } from '../../shared/workshop/schema';
import { storage } from './storageContext';
import { useTrust } from './trustList';

/**
 * The open workshop's audit trail, checked in the seal worker: every link, version and
 * signature, every seal's key, who sealed what and whether this install trusts them, and
 * whether the trail is shorter than, or differs from, what this install itself sealed (a file
 * rolled back or rewritten). Checked on open and after every change to the trail; export,
 * freeze and signing wait for it.
 */
export interface AuditVerdict {
  check: TrailCheck;
  parts: TrailPart[];
  /** This install sealed `sealed` events of this workshop; the trail now has `present` or differs. */
  rolledBack: { sealed: number; present: number } | null;
  /** No broken link, seal or signature, and not rolled back. */
  ok: boolean;
}

interface AuditState {
  /** The step-7 data the latest verdict is for (immer gives every change a new object). */
  sla: Workshop['sla'] | null;
  verdict: AuditVerdict | null;
}

export const useAuditStatus = create<AuditState>(() => ({ sla: null, verdict: null }));

/** Verdicts by the exact trail they were computed for, and the trust list they were judged with. */
const cache = new WeakMap<Workshop['sla'], { trustVersion: number; pending: Promise<AuditVerdict> }>();

async function computeVerdict(w: Workshop): Promise<AuditVerdict> {
  const [trust, { checkTrail }] = await Promise.all([useTrust.getState().load(), import('../pdf/sealClient')]);
  const { check, parts } = await checkTrail(w.id, w.sla, trust);
  const journal = await storage().trust.journal(w.id);
  const rolledBack =
    journal && (w.sla.audit.length < journal.to || w.sla.audit[journal.to - 1]?.hash !== journal.head)
      ? { sealed: journal.to, present: w.sla.audit.length }
      : null;
  return { check, parts, rolledBack, ok: check.ok && rolledBack === null };
}

/** The verdict for `w` as it is now (cached while neither its step 7 nor the trust list changes). */
export function checkAudit(w: Workshop): Promise<AuditVerdict> {
  const trustVersion = useTrust.getState().version;
  const hit = cache.get(w.sla);
  if (hit && hit.trustVersion === trustVersion) return hit.pending;
  const pending = computeVerdict(w);
  cache.set(w.sla, { trustVersion, pending });
  pending.then(
    (verdict) => {
      // The trust list loads during the first check: judged again once it has.
      if (useTrust.getState().version !== trustVersion) cache.delete(w.sla);
      useAuditStatus.setState({ sla: w.sla, verdict });
    },
    () => cache.delete(w.sla),
  );
  return pending;
}

/** For screens: checks the workshop's trail whenever it (or the trust list) changes, and returns the latest verdict. */
export function useAuditVerdict(w: Workshop): AuditVerdict | null {
  const trustVersion = useTrust((s) => s.version);
  const sla = w.sla;
  useEffect(() => {
    void checkAudit(w).catch(() => undefined);
    // The verdict depends on step 7 and the trust list only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sla, trustVersion]);
  return useAuditStatus((s) => (s.sla === sla ? s.verdict : null));
}
