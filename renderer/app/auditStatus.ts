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
  key: string | null;
  verdict: AuditVerdict | null;
  pending: Promise<AuditVerdict> | null;
}

export const useAuditStatus = create<AuditState>(() => ({ key: null, verdict: null, pending: null }));

/** What the verdict depends on: the trail, its seals, the versions' signatures, and the trust list. */
export const auditKey = (w: Workshop, trustVersion: number): string =>
  [w.id, w.sla.audit.length, w.sla.audit.at(-1)?.hash ?? '', w.sla.seals.length, w.sla.seals.at(-1)?.signature.slice(0, 16) ?? '', w.sla.versions.map((v) => `${v.contentHash}:${v.signatures.length}`).join(','), trustVersion].join('|');

async function computeVerdict(w: Workshop): Promise<AuditVerdict> {
  const [trust, { checkTrail }] = await Promise.all([useTrust.getState().load(), import('../pdf/sealClient')]);
  const { check, parts } = await checkTrail(w.id, w.sla, trust);
  const journal = await storage().trust.journal(w.id);
  const rolledBack = journal && (w.sla.audit.length < journal.to || w.sla.audit[journal.to - 1]?.hash !== journal.head) ? { sealed: journal.to, present: w.sla.audit.length } : null;
  return { check, parts, rolledBack, ok: check.ok && rolledBack === null };
}

/** The verdict for `w` as it is now (cached while nothing it depends on changes). */
export function checkAudit(w: Workshop): Promise<AuditVerdict> {
  const key = auditKey(w, useTrust.getState().version);
  const state = useAuditStatus.getState();
  if (state.key === key && state.pending) return state.pending;
  const pending = computeVerdict(w);
  useAuditStatus.setState({ key, pending, verdict: state.key?.split('|')[0] === w.id ? state.verdict : null });
  pending.then(
    (verdict) => useAuditStatus.getState().key === key && useAuditStatus.setState({ verdict }),
    () => useAuditStatus.getState().key === key && useAuditStatus.setState({ key: null, pending: null }),
  );
  return pending;
}

/** For screens: checks the workshop's trail whenever it (or the trust list) changes, and returns the latest verdict. */
export function useAuditVerdict(w: Workshop): AuditVerdict | null {
  const trustVersion = useTrust((s) => s.version);
  const key = auditKey(w, trustVersion);
  useEffect(() => {
    void checkAudit(w).catch(() => undefined);
    // The key says everything the check reads from `w`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return useAuditStatus((s) => (s.key === key ? s.verdict : null));
}
