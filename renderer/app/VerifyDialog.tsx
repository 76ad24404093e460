import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileSearch } from 'lucide-react';
import type { SealReport } from '../../shared/seal/read';
import type { Workshop } from '../../shared/workshop/schema';
import { Modal } from '../ui/Modal';
import { describeCertificates } from '../pdf/sealClient';
import { trailPartText } from './auditWords';
import { Fingerprint, TrustSealerButton } from './SealParts';
import { useTrust } from './trustList';
import { matchOf, pickAndVerify, sealerToTrust, shortFingerprint, verifyBytes, type VerifyOutcome } from './verifySla';
import { useWorkshop } from './workshopStore';
import {
  formatTime,
  matchText,
  recordProblems,
  recordReadText,
  sealProblemText,
  TEAMS,
  untrustedText,
  workshopName,
  type VerifyT,
} from './verifyWords';
import { Answer, SealerDetails, Verdict } from './VerifyParts';
import './verify.css';

/**
 * Checks an SLA PDF in the seal worker and answers three questions separately: is it intact,
 * who sealed it, is that sealer trusted here. Only a trusted file gets the green verdict and a
 * match against the open workshop; an unknown sealer is never shown as a match, whatever the
 * file's record claims.
 */

export function VerifyDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('verify');
  const workshop = useWorkshop((s) => s.workshop);
  const trustVersion = useTrust((s) => s.version);
  const info = useTrust((s) => s.info);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<VerifyOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ownError, setOwnError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    useTrust
      .getState()
      .load()
      .catch((e: unknown) => live && setOwnError(t('own.failed', { error: e instanceof Error ? e.message : String(e) })));
    return () => {
      live = false;
    };
  }, [t]);

  // The trust list changed (a sealer trusted here or in Settings): judge the same file again.
  useEffect(() => {
    if (!outcome || outcome.trustVersion === trustVersion) return;
    let live = true;
    verifyBytes(outcome.fileName, outcome.bytes).then(
      (again) => live && setOutcome(again),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [outcome, trustVersion]);

  const choose = async () => {
    setBusy(true);
    try {
      const r = await pickAndVerify();
      if (r && 'error' in r) {
        setError(r.error);
        setOutcome(null);
      } else if (r) {
        setError(null);
        setOutcome(r);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open onOpenChange={(o) => !o && onClose()} title={t('title')} description={t('description')} wide>
      {error && (
        <p className="callout callout-danger" role="alert">
          {error}
        </p>
      )}
      {outcome && <Result outcome={outcome} workshop={workshop} />}
      <div className="verify-own" data-testid="verify-own-seal">
        {ownError ? (
          <p className="muted">{ownError}</p>
        ) : info ? (
          <>
            <p className="verify-own-label">{t('own.label')}</p>
            <Fingerprint value={info.install.fingerprint} copy testId="verify-own-fingerprint" />
            <p className="muted verify-own-hint">{t('own.hint')}</p>
          </>
        ) : null}
      </div>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('close')}
        </button>
        <button type="button" className="btn btn-primary" disabled={busy} aria-busy={busy} onClick={() => void choose()}>
          <FileSearch size={18} aria-hidden="true" /> {busy ? t('checking') : outcome ? t('chooseAnother') : t('choose')}
        </button>
      </div>
    </Modal>
  );
}

/** Subjects of the certificates that sealed the audit trail in the file, by fingerprint. */
function useTrailSealerNames(report: SealReport): Map<string, string> {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const record = report.record;
  useEffect(() => {
    const segments = record?.format === 2 ? record.check.trail.seals.segments : [];
    const sealed = segments.flatMap((s) =>
      s.kind === 'unsealed' || !s.certificates[0] ? [] : [{ fingerprint: s.sealer, der: s.certificates[0] }],
    );
    const unique = [...new Map(sealed.map((s) => [s.fingerprint, s.der])).entries()];
    if (unique.length === 0) return;
    let live = true;
    describeCertificates(unique.map(([, der]) => der)).then(
      (infos) => live && setNames(new Map(unique.flatMap(([fp], i) => (infos[i] ? [[fp, infos[i].subject] as const] : [])))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [record]);
  return names;
}

function Result({ outcome, workshop }: { outcome: VerifyOutcome; workshop: Workshop | null }) {
  const { t } = useTranslation(['verify', 'app', 'seal']);
  const { t: ts } = useTranslation('seal');
  const tv = t as unknown as VerifyT;
  const { report, judgement, fileName } = outcome;
  const entries = useTrust((s) => s.entries);
  const trailNames = useTrailSealerNames(report);
  const sealerName = (fp: string) =>
    trailNames.get(fp) ??
    (report.sealer?.fingerprint === fp ? report.sealer.subject : t('seal:fingerprint.short', { start: shortFingerprint(fp) }));
  const v = judgement.verdict;
  const sealer = report.sealer;
  const verdictRef = useRef<HTMLDivElement>(null);
  // Trusting the sealer removes the button that had the focus (the dialog keeps it, on itself): the new verdict takes it.
  useEffect(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body || focused.getAttribute('role') === 'dialog') verdictRef.current?.focus();
  }, [judgement]);

  // The verdict lists what the three answers below do not: the record, the trail, and who is unknown.
  const reasons = useMemo(() => {
    if (v === 'untrusted') return judgement.untrusted.map((r) => untrustedText(tv, r, sealerName));
    if (v === 'broken') return recordProblems(tv, report);
    return [];
    // sealerName reads trailNames only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [v, judgement, report, tv, trailNames]);

  const record = report.record;
  const carried =
    record?.format === 2
      ? {
          version: record.check.version,
          draft: record.check.state === 'draft',
          client: record.check.clientCompany,
          contentHash: record.check.contentHash,
          signers: record.check.signers.map((s) => ({ name: s.typedName, title: s.title, team: s.team, signedAt: s.signedAt })),
        }
      : record?.format === 1
        ? {
            version: record.facts.slaVersion,
            draft: false,
            client: record.facts.clientCompany,
            contentHash: record.facts.contentHash,
            signers: record.facts.signers,
          }
        : null;
  const matched = workshop && v === 'trusted' ? matchText(tv, matchOf(report, workshop), workshop) : null;
  const trustedLabel =
    sealer && judgement.sealerTrust === 'trustedSealer'
      ? entries.find((e) => e.kind === 'sealer' && e.fingerprint === sealer.fingerprint)?.label
      : undefined;

  return (
    <div className="stack verify-result">
      <Verdict ref={verdictRef} report={report} judgement={judgement} reasons={reasons} />
      {workshop &&
        v !== 'notPdf' &&
        v !== 'unsealed' &&
        (matched ? (
          <p className={`callout callout-${matched.tone}`} data-testid="verify-match">
            {matched.text}
          </p>
        ) : (
          <p className="callout callout-info" data-testid="verify-no-match">
            {t('match.notRelied', { name: workshopName(tv, workshop) })}
          </p>
        ))}

      <dl className="verify-answers">
        <Answer
          label={t('intact.question')}
          ok={report.status === 'intact' ? true : report.status === 'broken' ? false : null}
          testId="verify-intact"
        >
          {report.status === 'intact' && (
            <>
              <strong>{t('intact.yes')}</strong> <span>{t('intact.yesDetail')}</span>
            </>
          )}
          {report.status === 'broken' && (
            <>
              <strong>{t('intact.no')}</strong> <span>{t('intact.noDetail')}</span>
              <ul className="verify-problems">
                {report.problems.map((p, i) => (
                  <li key={`${p.code}-${i}`}>{sealProblemText(tv, p)}</li>
                ))}
              </ul>
            </>
          )}
          {report.status === 'unsealed' && <strong>{t('intact.noSeal')}</strong>}
          {report.status === 'not-pdf' && <strong>{t('intact.notPdf')}</strong>}
        </Answer>

        {(report.status === 'intact' || report.status === 'broken') && (
          <Answer label={t('sealedBy.question')} ok={null} testId="verify-sealer">
            {sealer ? (
              <SealerDetails sealer={sealer} sealedAt={report.sealedAt} proven={report.status === 'intact'} />
            ) : (
              <span>{t('sealedBy.none')}</span>
            )}
          </Answer>
        )}

        {(report.status === 'intact' || report.status === 'broken') && (
          <Answer
            label={t('trustedHere.question')}
            ok={report.status !== 'intact' || judgement.sealerTrust === null ? null : judgement.sealerTrust !== 'unknown'}
            testId="verify-trust"
          >
            {report.status !== 'intact' ? (
              // A certificate anyone could have copied into a file: nothing to trust or distrust.
              <span>{t('trustedHere.notProven')}</span>
            ) : judgement.sealerTrust === null ? (
              <span>{t('trustedHere.none')}</span>
            ) : judgement.sealerTrust === 'unknown' ? (
              <span>{t('trustedHere.no')}</span>
            ) : trustedLabel ? (
              <span>{t('trustedHere.yesNamed', { trust: t(`seal:trust.${judgement.sealerTrust}`), label: trustedLabel })}</span>
            ) : (
              <span>{t('trustedHere.yes', { trust: t(`seal:trust.${judgement.sealerTrust}`) })}</span>
            )}
            {report.status === 'intact' && sealer && judgement.sealerTrust === 'unknown' && (
              <div className="verify-trust-action">
                <TrustSealerButton sealer={sealerToTrust(sealer)} />
              </div>
            )}
          </Answer>
        )}
      </dl>

      <section className="verify-section" aria-labelledby="verify-facts-h">
        <h3 id="verify-facts-h">{t('facts.heading')}</h3>
        {carried && v === 'untrusted' && <p className="muted">{t('facts.claims')}</p>}
        {carried && v === 'broken' && <p className="muted">{t('facts.claimsBroken')}</p>}
        {carried && v === 'unsealed' && <p className="muted">{t('facts.claimsUnsealed')}</p>}
        {record?.format === 1 && <p className="muted">{t('facts.legacy')}</p>}
        <dl className="verify-facts">
          <dt>{t('facts.file')}</dt>
          <dd>{fileName}</dd>
          {carried && (
            <>
              <dt>{t('facts.version')}</dt>
              <dd data-testid="verify-version">
                {carried.draft ? t('facts.versionDraft', { version: carried.version }) : carried.version}
              </dd>
              <dt>{t('facts.client')}</dt>
              <dd>{carried.client || '—'}</dd>
              <dt>{t('facts.contentHash')}</dt>
              <dd className="verify-hash" data-testid="verify-hash" translate="no">
                {carried.contentHash}
              </dd>
              <dt>{t('facts.signers')}</dt>
              <dd>
                {carried.signers.length === 0 ? (
                  t('facts.notSigned')
                ) : (
                  <ul className="verify-signers" data-testid="verify-signers">
                    {carried.signers.map((s, i) => (
                      <li key={`${s.name}-${s.signedAt}-${i}`}>
                        <strong>{s.name || t('facts.noName')}</strong>
                        {s.title ? `, ${s.title}` : ''} · {TEAMS.includes(s.team) ? t(`app:team.${s.team as 'sales'}`) : s.team} ·{' '}
                        {formatTime(s.signedAt)}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </>
          )}
          {record?.format === null && report.status !== 'not-pdf' && (
            <>
              <dt>{t('facts.record')}</dt>
              <dd>{recordReadText(tv, record.problem)}</dd>
            </>
          )}
        </dl>
      </section>

      {(report.status === 'intact' || report.status === 'broken') && record && record.format !== null && (
        <section className="verify-section" aria-labelledby="verify-trail-h">
          <h3 id="verify-trail-h">{t('trail.heading')}</h3>
          {record.format === 1 ? (
            <p className="muted">{t('trail.none')}</p>
          ) : judgement.trail.length === 0 ? (
            <p className="muted">{t('trail.empty')}</p>
          ) : (
            <ul className="verify-trail" data-testid="verify-trail">
              {judgement.trail.map((part) => (
                <li key={`${part.from}-${part.to}`} data-trust={part.trust ?? 'unsealed'}>
                  {trailPartText(ts, part, sealerName)}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
