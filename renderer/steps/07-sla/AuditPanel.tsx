import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loader2, ShieldAlert, ShieldCheck } from 'lucide-react';
import { fromBase64 } from '../../../shared/seal/bytes';
import type { TrailPart } from '../../../shared/seal/trust';
import type { SealerCertificates } from '../../../shared/workshop/steps/sla';
import { useAuditVerdict } from '../../app/auditStatus';
import { auditProblemText, trailPartText } from '../../app/auditWords';
import { TrustSealerButton } from '../../app/SealParts';
import { shortFingerprint } from '../../app/verifySla';
import { useOpenWorkshop } from '../../app/workshopStore';
import { formatDateTime } from '../../i18n/format';
import { describeCertificates } from '../../pdf/sealClient';
import { auditDetailText } from './slaWords';

/**
 * The audit trail, checked in the seal worker whenever it or the trust list changes: every
 * link, version and signature, every seal and who made it, and whether this computer trusts
 * them. A break blocks export and signing; the panel says what broke and that it blocks.
 */
export function AuditPanel() {
  const w = useOpenWorkshop();
  const verdict = useAuditVerdict(w);
  const { t } = useTranslation('sla');
  const { t: ts } = useTranslation('seal');
  const names = useSealerNames(w.sla.sealers);
  const sealerName = (fp: string) => names.get(fp) ?? ts('fingerprint.short', { start: shortFingerprint(fp) });
  const problem = verdict && !verdict.ok ? auditProblemText(verdict) : null;
  const partsRef = useRef<HTMLUListElement>(null);
  const trusted = useRef(false);
  // Trusting a sealer removes the button that had the focus: the list of who sealed what takes it.
  useEffect(() => {
    if (!trusted.current || !verdict) return;
    if (!document.activeElement || document.activeElement === document.body) partsRef.current?.focus();
    trusted.current = false;
  }, [verdict]);

  return (
    <section className="card section" aria-labelledby="audit-h">
      <div className="section-head">
        <h2 id="audit-h">{t('audit.title')}</h2>
        {!verdict ? (
          <span className="audit-verdict audit-checking" role="status" data-testid="audit-verdict" data-state="checking">
            <Loader2 size={18} aria-hidden="true" className="audit-spin" /> {ts('trail.checking')}
          </span>
        ) : verdict.ok ? (
          <span className="audit-verdict audit-ok" role="status" data-testid="audit-verdict" data-state="verified">
            <ShieldCheck size={18} aria-hidden="true" />{' '}
            {ts('trail.verified', { count: verdict.check.chain.ok ? verdict.check.chain.events : w.sla.audit.length })}
          </span>
        ) : (
          <span
            className="audit-verdict audit-broken"
            data-testid="audit-verdict"
            data-state={verdict.rolledBack && verdict.check.ok ? 'rolledBack' : 'broken'}
          >
            <ShieldAlert size={18} aria-hidden="true" />{' '}
            {verdict.rolledBack && verdict.check.ok ? ts('trail.rolledBackTitle') : ts('trail.brokenTitle')}
          </span>
        )}
      </div>
      {verdict && !verdict.ok && (
        <div className="callout callout-danger audit-break" role="alert" data-testid="audit-break">
          <p>
            <strong>{problem}</strong>
          </p>
          <p>{ts('trail.blocked')}</p>
        </div>
      )}
      <p className="muted">{t('audit.intro')}</p>
      {verdict && verdict.parts.length > 0 && (
        <ul className="audit-parts" ref={partsRef} tabIndex={-1} aria-label={ts('trail.partsLabel')} data-testid="audit-parts">
          {verdict.parts.map((part) => (
            <AuditPartLine
              key={`${part.from}-${part.to}-${part.sealer ?? ''}`}
              part={part}
              text={trailPartText(ts, part, sealerName)}
              sealers={w.sla.sealers}
              name={part.sealer ? sealerName(part.sealer) : ''}
              onTrusted={() => (trusted.current = true)}
            />
          ))}
        </ul>
      )}
      {w.sla.audit.length === 0 && <p className="muted">{ts('trail.empty')}</p>}
      <div className="audit-table-wrap">
        <table className="table audit-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('audit.col.event')}</th>
              <th scope="col">{t('audit.col.when')}</th>
              <th scope="col">{t('audit.col.by')}</th>
              <th scope="col">{t('audit.col.detail')}</th>
              <th scope="col">{t('audit.col.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {w.sla.audit.map((e, i) => (
              <tr key={e.hash + String(i)}>
                <td className="num">{i + 1}</td>
                <td>
                  <strong>
                    {e.version === null
                      ? t(`audit.event.${e.type}`)
                      : t('audit.eventVersion', { event: t(`audit.event.${e.type}`), n: e.version })}
                  </strong>
                </td>
                <td>{formatDateTime(e.at, { seconds: true })}</td>
                <td>{e.actor || '—'}</td>
                <td>{auditDetailText(t, e)}</td>
                <td>
                  <code className="mono" title={t('audit.hashTitle', { prev: e.prevHash, hash: e.hash })}>
                    {e.hash.slice(0, 12)}
                  </code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function AuditPartLine({
  part,
  text,
  sealers,
  name,
  onTrusted,
}: {
  part: TrailPart;
  text: string;
  sealers: readonly SealerCertificates[];
  name: string;
  onTrusted(): void;
}) {
  const certificate = part.sealer ? (sealers.find((s) => s.fingerprint === part.sealer)?.certificates[0] ?? null) : null;
  const ok = part.kind !== 'unsealed' && part.trust !== 'unknown';
  return (
    <li className={`audit-part ${ok ? 'audit-part-ok' : 'audit-part-warn'}`} data-trust={part.trust ?? 'unsealed'}>
      <span className="audit-part-text">{text}</span>
      {part.trust === 'unknown' && part.sealer && (
        <TrustSealerButton sealer={{ fingerprint: part.sealer, subject: name, certificate }} onTrusted={onTrusted} />
      )}
    </li>
  );
}

/** Subjects of the certificates in the workshop's list of sealers, by fingerprint (read in the seal worker). */
function useSealerNames(sealers: readonly SealerCertificates[]): Map<string, string> {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const key = sealers.map((s) => s.fingerprint).join(',');
  useEffect(() => {
    const withCert = sealers.filter((s) => s.certificates[0]);
    if (withCert.length === 0) return;
    let live = true;
    describeCertificates(withCert.map((s) => fromBase64(s.certificates[0]!))).then(
      // Named only when the certificate is the one its fingerprint says.
      (infos) =>
        live &&
        setNames(
          new Map(
            withCert.flatMap((s, i) =>
              infos[i] && infos[i].fingerprint === s.fingerprint ? [[s.fingerprint, infos[i].subject] as const] : [],
            ),
          ),
        ),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // The fingerprints say everything the names depend on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return names;
}
