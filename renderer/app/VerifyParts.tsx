import { forwardRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Check, ShieldAlert, ShieldCheck, ShieldQuestion, ShieldX, X } from 'lucide-react';
import type { CertificateInfo } from '../../shared/seal/certificates';
import type { SealReport } from '../../shared/seal/read';
import type { Judgement } from '../../shared/seal/trust';
import { Fingerprint } from './SealParts';
import { formatTime } from './verifyWords';

/** Pieces of the verify dialog's answer (VerifyDialog.tsx): the verdict, one answer row, who sealed. */

export const Verdict = forwardRef<HTMLDivElement, { report: SealReport; judgement: Judgement; reasons: string[] }>(function Verdict(
  { report, judgement, reasons },
  ref,
) {
  const { t } = useTranslation(['verify', 'seal']);
  const v = judgement.verdict;
  const Icon = v === 'trusted' ? ShieldCheck : v === 'untrusted' ? ShieldAlert : v === 'broken' ? ShieldX : ShieldQuestion;
  const tone = v === 'trusted' ? 'ok' : v === 'broken' ? 'danger' : 'warn';
  const detail =
    v === 'trusted'
      ? t('verdict.trustedDetail', { trust: t(`seal:trust.${judgement.sealerTrust ?? 'unknown'}`) })
      : t(`verdict.${v}Detail`);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={`callout callout-${tone} verify-verdict`}
      role="status"
      data-testid="verify-verdict"
      data-status={report.status}
      data-verdict={v}
    >
      <Icon size={28} aria-hidden="true" />
      <div>
        <strong>{t(`verdict.${v}`)}</strong>
        <p>{detail}</p>
        {reasons.length > 0 && (
          <ul data-testid="verify-reasons">
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
});

export function Answer({ label, ok, children, testId }: { label: string; ok: boolean | null; children: ReactNode; testId: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId} data-ok={ok === null ? undefined : String(ok)}>
        <span className={`verify-mark ${ok === true ? 'verify-mark-ok' : ok === false ? 'verify-mark-no' : ''}`} aria-hidden="true">
          {ok === true ? <Check size={16} /> : ok === false ? <X size={16} /> : null}
        </span>
        <div className="verify-answer">{children}</div>
      </dd>
    </>
  );
}

export function SealerDetails({
  sealer,
  sealedAt,
  proven,
}: {
  sealer: CertificateInfo & { certificates: Uint8Array[] };
  sealedAt: string | null;
  proven: boolean;
}) {
  const { t } = useTranslation('verify');
  return (
    <div className="verify-sealer">
      {!proven && <span className="verify-claimed">{t('sealedBy.claimed')}</span>}
      <strong data-testid="verify-sealer-subject">{sealer.subject}</strong>
      {sealer.subjectDn && sealer.subjectDn !== `CN=${sealer.subject}` && <span className="muted verify-dn">{sealer.subjectDn}</span>}
      <span className="muted">
        {sealer.selfIssued ? t('sealedBy.selfIssued') : t('sealedBy.issuedBy', { issuer: sealer.issuerDn })}
        {sealer.certificates.length > 1 ? ` ${t('sealedBy.chain', { count: sealer.certificates.length })}` : ''}
      </span>
      <span className="verify-fp-label">{t('sealedBy.fingerprint')}</span>
      <Fingerprint value={sealer.fingerprint} testId="verify-sealer-fingerprint" />
      {sealedAt && <span className="muted">{t('sealedBy.sealedAt', { time: formatTime(sealedAt) })}</span>}
    </div>
  );
}
