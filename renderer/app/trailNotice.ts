import type { Workshop } from '../../shared/workshop/schema';
import { i18n } from '../i18n';
import { checkAudit } from './auditStatus';
import { auditProblemText } from './auditWords';
import { showToast } from './toastStore';

/**
 * Checks a workshop's audit trail when it is opened or imported, and says so at once when it
 * does not hold or holds stretches this install cannot vouch for: the facilitator hears it now,
 * not at the moment of exporting in front of the client. Nothing is changed either way.
 */
export async function noticeTrail(w: Workshop, when: 'open' | 'import'): Promise<void> {
  if (w.sla.audit.length === 0) return;
  const verdict = await checkAudit(w);
  const problem = auditProblemText(verdict);
  if (problem) {
    showToast({ tone: 'error', message: i18n.t('seal:notice.broken', { problem, name: w.clientCompany || w.title }) });
    return;
  }
  if (when !== 'import') return;
  const unsealed = verdict.parts.filter((p) => p.kind === 'unsealed').length;
  const unknown = verdict.parts.filter((p) => p.kind !== 'unsealed' && p.trust === 'unknown').length;
  if (unsealed > 0) showToast({ message: i18n.t('seal:notice.unsealed') });
  else if (unknown > 0) showToast({ message: i18n.t('seal:notice.otherSealer') });
}
