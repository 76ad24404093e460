import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ShieldAlert, ShieldCheck } from 'lucide-react';
import { verifyAuditChain } from '../../../shared/sla/audit';
import { useOpenWorkshop } from '../../app/workshopStore';
import { uiLocale } from '../../i18n/format';
import { auditDetailText, chainProblemText } from './slaWords';

/** The audit trail, verified link by link every time it is shown. */
export function AuditPanel() {
  const w = useOpenWorkshop();
  const check = useMemo(() => verifyAuditChain(w.sla.audit, w.sla.versions), [w.sla.audit, w.sla.versions]);
  const { t } = useTranslation('sla');
  const locale = uiLocale();
  // To the second: the trail is about order, and events in the room come seconds apart.
  const timeFmt = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }), [locale]);
  return (
    <section className="card section" aria-labelledby="audit-h">
      <div className="section-head">
        <h2 id="audit-h">{t('audit.title')}</h2>
        {check.ok ? (
          <span className="audit-verdict audit-ok" role="status" data-testid="audit-verdict"><ShieldCheck size={18} aria-hidden="true" /> {t('audit.verified', { count: check.events })}</span>
        ) : (
          <span className="audit-verdict audit-broken" role="alert" data-testid="audit-verdict"><ShieldAlert size={18} aria-hidden="true" /> {t('audit.broken', { problem: chainProblemText(t, check.reason) })}</span>
        )}
      </div>
      <p className="muted">{t('audit.intro')}</p>
      <div className="audit-table-wrap">
        <table className="table audit-table">
          <thead>
            <tr>
              <th scope="col">#</th><th scope="col">{t('audit.col.event')}</th><th scope="col">{t('audit.col.when')}</th><th scope="col">{t('audit.col.by')}</th>
              <th scope="col">{t('audit.col.detail')}</th><th scope="col">{t('audit.col.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {w.sla.audit.map((e, i) => (
              <tr key={e.hash + String(i)}>
                <td className="num">{i + 1}</td>
                <td><strong>{e.version === null ? t(`audit.event.${e.type}`) : t('audit.eventVersion', { event: t(`audit.event.${e.type}`), n: e.version })}</strong></td>
                <td>{timeFmt.format(new Date(e.at))}</td>
                <td>{e.actor || '—'}</td>
                <td>{auditDetailText(t, e)}</td>
                <td><code className="mono" title={t('audit.hashTitle', { prev: e.prevHash, hash: e.hash })}>{e.hash.slice(0, 12)}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
