import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { FileSearch, ShieldAlert, ShieldCheck, ShieldQuestion } from 'lucide-react';
import type { SealReport, WorkshopMatch } from '../../shared/seal';
import type { Workshop } from '../../shared/workshop/schema';
import { Modal } from '../ui/Modal';
import { formatDateTime } from '../i18n/format';
import { ownSealFingerprint, pickAndVerify, type VerifyOutcome } from './verifySla';
import { useWorkshop } from './workshopStore';
import './verify.css';

type VerifyT = TFunction<'verify'>;

function stateText(t: VerifyT, state: string): string {
  const superseded = state.endsWith(' (superseded)');
  const key = state.replace(' (superseded)', '');
  const base = ['draft', 'ready', 'partiallySigned', 'fullySigned'].includes(key) ? t(`state.${key as 'draft'}`) : key;
  return superseded ? t('superseded', { state: base }) : base;
}

function matchText(t: VerifyT, match: WorkshopMatch, workshop: Workshop): { tone: 'ok' | 'warn'; text: string } {
  const name = workshop.clientCompany || workshop.title || t('thisWorkshop');
  switch (match.kind) {
    case 'version':
      return { tone: 'ok', text: t('match.version', { version: match.version, name, state: stateText(t, match.state) }) };
    case 'noMatch':
      return { tone: 'warn', text: t('match.noMatch', { version: match.claimedVersion, name }) };
    case 'otherWorkshop':
      return { tone: 'warn', text: match.clientCompany ? t('match.otherWorkshopNamed', { client: match.clientCompany, name }) : t('match.otherWorkshop', { name }) };
    case 'noRecord':
      return { tone: 'warn', text: t('match.noRecord') };
  }
}

/** A file may claim any text as a time: shown as written when it is not one. */
function formatTime(iso: string): string {
  return Number.isNaN(new Date(iso).getTime()) ? iso : formatDateTime(iso);
}

const TEAMS: readonly string[] = ['marketing', 'sales', 'sdr', 'operations', 'leadership'];

export function VerifyDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('verify');
  const workshop = useWorkshop((s) => s.workshop);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<VerifyOutcome | { error: string } | null>(null);
  const [ownSeal, setOwnSeal] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void ownSealFingerprint().then((fp) => live && setOwnSeal(fp));
    return () => {
      live = false;
    };
  }, []);

  const choose = async () => {
    setBusy(true);
    try {
      const r = await pickAndVerify(workshop);
      if (r) setOutcome(r);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open onOpenChange={(o) => !o && onClose()} title={t('title')} description={t('description')} wide>
      {outcome && 'error' in outcome && (
        <p className="callout callout-danger" role="alert">
          {outcome.error}
        </p>
      )}
      {outcome && 'report' in outcome && <Result outcome={outcome} workshop={workshop} />}
      {ownSeal !== undefined && (
        <p className="muted verify-own" data-testid="verify-own-seal">
          {ownSeal ? (
            <>
              {t('ownSeal')} <span className="verify-hash">{ownSeal}</span>
            </>
          ) : (
            t('noOwnSeal')
          )}
        </p>
      )}
      <div className="modal-actions">
        <button className="btn" onClick={onClose}>
          {t('close')}
        </button>
        <button className="btn btn-primary" disabled={busy} onClick={() => void choose()}>
          <FileSearch size={18} aria-hidden="true" /> {busy ? t('checking') : outcome ? t('chooseAnother') : t('choose')}
        </button>
      </div>
    </Modal>
  );
}

function Verdict({ report }: { report: SealReport }) {
  const { t } = useTranslation('verify');
  const [Icon, tone, title, detail] =
    report.status === 'intact'
      ? [ShieldCheck, 'ok', t('intact'), t('intactDetail')]
      : report.status === 'broken'
        ? [ShieldAlert, 'danger', t('broken'), t('brokenDetail')]
        : report.status === 'unsealed'
          ? [ShieldQuestion, 'warn', t('unsealed'), t('unsealedDetail')]
          : [ShieldQuestion, 'warn', t('notPdf'), t('notPdfDetail')];
  return (
    <div className={`callout callout-${tone} verify-verdict`} role="status" data-testid="verify-verdict" data-status={report.status}>
      <Icon size={28} aria-hidden="true" />
      <div>
        <strong>{title}</strong>
        <p>{detail}</p>
        {report.status === 'broken' && report.problems.length > 0 && (
          <ul>
            {report.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function Result({ outcome, workshop }: { outcome: VerifyOutcome; workshop: Workshop | null }) {
  const { t } = useTranslation(['verify', 'app']);
  const { report, match, sealedHere, fileName } = outcome;
  const facts = report.facts;
  const matched = match && workshop && report.status === 'intact' ? matchText(t, match, workshop) : null;
  return (
    <div className="stack verify-result">
      <Verdict report={report} />
      {matched && (
        <p className={`callout callout-${matched.tone}`} data-testid="verify-match">
          {matched.text}
        </p>
      )}
      {report.status === 'intact' && sealedHere === false && (
        <p className="callout callout-info" data-testid="verify-other-install">
          {t('otherInstall')}
        </p>
      )}
      {facts && report.status !== 'intact' && <p className="muted">{t('untrusted')}</p>}
      <dl className="verify-facts">
        <dt>{t('facts.file')}</dt>
        <dd>{fileName}</dd>
        {facts && (
          <>
            <dt>{t('facts.contentHash')}</dt>
            <dd className="verify-hash" data-testid="verify-hash">
              {facts.contentHash}
            </dd>
            <dt>{t('facts.version')}</dt>
            <dd>{facts.slaVersion}</dd>
            <dt>{t('facts.client')}</dt>
            <dd>{facts.clientCompany || '—'}</dd>
            <dt>{t('facts.signers')}</dt>
            <dd>
              {facts.signers.length === 0 ? (
                t('facts.notSigned')
              ) : (
                <ul className="verify-signers">
                  {facts.signers.map((s) => (
                    <li key={`${s.name}-${s.signedAt}`}>
                      <strong>{s.name || t('facts.noName')}</strong>
                      {s.title ? `, ${s.title}` : ''} · {TEAMS.includes(s.team) ? t(`app:team.${s.team as 'sales'}`) : s.team} · {formatTime(s.signedAt)}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </>
        )}
        {!facts && report.factsError && report.status !== 'not-pdf' && (
          <>
            <dt>{t('facts.record')}</dt>
            <dd>{report.factsError}</dd>
          </>
        )}
        {report.sealedAt && (
          <>
            <dt>{t('facts.sealedAt')}</dt>
            <dd>{formatTime(report.sealedAt)}</dd>
          </>
        )}
        {report.certificate && (
          <>
            <dt>{t('facts.sealedBy')}</dt>
            <dd>
              {report.certificate.subject}
              {sealedHere === true ? t('facts.thisComputer') : sealedHere === false ? t('facts.anotherComputer') : ''}
              <br />
              <span className="verify-hash">{t('facts.certificate', { fingerprint: report.certificate.fingerprint })}</span>
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
