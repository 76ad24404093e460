import type { TFunction } from 'i18next';
import type { SealProblem } from '../../shared/seal/trail';
import type { TrailPart, TrustLevel } from '../../shared/seal/trust';
import { chainProblemText } from '../steps/07-sla/slaWords';
import { i18n } from '../i18n';
import type { AuditVerdict } from './auditStatus';

/**
 * The audit trail's verdict in the UI language: shared/seal says what is wrong as codes, this
 * words them (namespace seal; chain problems in namespace sla).
 */
export function sealProblemText(t: TFunction<'seal'>, p: SealProblem): string {
  switch (p.code) {
    case 'unsealedEvents':
      return t('trail.problem.unsealedEvents', { from: p.from, to: p.to });
    case 'sealGap':
    case 'sealBeyondEnd':
    case 'sealerMissing':
      return t(`trail.problem.${p.code}`, { seal: p.seal });
    case 'sealMismatch':
    case 'sealForged':
      return t(`trail.problem.${p.code}`, { seal: p.seal, from: p.from, to: p.to });
  }
}

/** The first thing wrong with the trail, in words; null when nothing is. */
export function auditProblemText(v: AuditVerdict): string | null {
  if (!v.check.chain.ok) return chainProblemText(i18n.getFixedT(null, 'sla'), v.check.chain.reason);
  if (!v.check.seals.ok) return sealProblemText(i18n.getFixedT(null, 'seal'), v.check.seals.problem);
  if (v.rolledBack) return i18n.t('seal:trail.rolledBack', v.rolledBack);
  return null;
}

export const trustText = (t: TFunction<'seal'>, trust: TrustLevel): string => t(`trust.${trust}`);

/** One line per stretch of the trail: who sealed it and whether they are trusted here. */
export function trailPartText(t: TFunction<'seal'>, part: TrailPart, sealerName: (fingerprint: string) => string): string {
  const from = part.from + 1;
  if (part.kind === 'unsealed') return t(from === part.to ? 'trail.unsealedOne' : 'trail.unsealed', { from, to: part.to });
  const values = { from, to: part.to, sealer: sealerName(part.sealer!), trust: trustText(t, part.trust ?? 'unknown') };
  if (part.kind === 'adopted') return t('trail.adopted', values);
  return t(from === part.to ? 'trail.recordedOne' : 'trail.recorded', values);
}
