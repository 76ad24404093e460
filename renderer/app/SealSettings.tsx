import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyRound, Trash2 } from 'lucide-react';
import type { SealInfo } from '../../shared/ipc/contract';
import { fromBase64 } from '../../shared/seal/bytes';
import type { CertificateInfo } from '../../shared/seal/certificates';
import type { P12Problem } from '../../shared/seal/p12';
import { checkP12, describeCertificates } from '../pdf/sealClient';
import { platform } from '../platform';
import { Modal } from '../ui/Modal';
import { SealAddTrusted } from './SealAddTrusted';
import { Fingerprint } from './SealParts';
import { showToast } from './toastStore';
import { useTrust } from './trustList';
import { errorText } from './sealTrustEntries';
import { TrustedSealers } from './SealTrustedList';
import './seal.css';

/**
 * Settings → Seal and trust: this install's seal (and how its key is kept), the organisation
 * certificate it may seal with instead, and the sealers and organisation CAs this computer
 * trusts. Every change goes through useTrust, so checks already on screen are made again.
 */

/** What a certificate (DER, base64) says about itself, read in the seal worker. */
export function useCertificateInfo(base64: string | undefined): CertificateInfo | null {
  const [info, setInfo] = useState<{ of: string; info: CertificateInfo | null } | null>(null);
  useEffect(() => {
    if (!base64) return;
    let live = true;
    describeCertificates([fromBase64(base64)]).then(
      ([described]) => live && setInfo({ of: base64, info: described ?? null }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [base64]);
  return info && info.of === base64 ? info.info : null;
}

export function SealSettings() {
  const { t } = useTranslation('seal');
  const info = useTrust((s) => s.info);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    useTrust
      .getState()
      .load()
      .catch((e: unknown) => live && setLoadError(t('settings.loadFailed', { error: errorText(e) })));
    return () => {
      live = false;
    };
  }, [t]);
  if (loadError) {
    return (
      <p className="callout callout-danger" role="alert">
        {loadError}
      </p>
    );
  }
  if (!info) {
    return (
      <p className="muted" aria-busy="true">
        {t('settings.loading')}
      </p>
    );
  }
  return (
    <div className="seal-settings" data-testid="seal-settings">
      <p className="muted">{t('settings.intro')}</p>
      <InstallSeal info={info} />
      <OrganisationSeal info={info} />
      <TrustedSealers />
      <SealAddTrusted />
    </div>
  );
}

function InstallSeal({ info }: { info: SealInfo }) {
  const { t } = useTranslation('seal');
  const cert = useCertificateInfo(info.install.certificates[0]);
  return (
    <section className="seal-block" aria-labelledby="seal-install-h">
      <h3 id="seal-install-h">{t('settings.install.heading')}</h3>
      <p className="muted">{t('settings.install.hint')}</p>
      <dl className="seal-facts">
        <dt>{t('settings.install.subject')}</dt>
        <dd>{cert?.subject ?? '…'}</dd>
        <dt>{t('settings.install.fingerprint')}</dt>
        <dd>
          <Fingerprint value={info.install.fingerprint} copy testId="settings-install-fingerprint" />
        </dd>
      </dl>
      {info.organisation && <p className="muted">{t('settings.install.sealsWithOrganisation')}</p>}
      {info.protection === 'basicText' ? (
        <p className="callout callout-warn" data-testid="seal-protection" data-protection="basicText">
          {t('settings.protection.basicText')}
        </p>
      ) : info.protection === 'browserProfile' ? (
        <p className="callout callout-info" data-testid="seal-protection" data-protection="browserProfile">
          {t('settings.protection.browserProfile')}
        </p>
      ) : (
        <p className="muted" data-testid="seal-protection" data-protection="keyring">
          {t('settings.protection.keyring')}
        </p>
      )}
    </section>
  );
}

function OrganisationSeal({ info }: { info: SealInfo }) {
  const { t } = useTranslation('seal');
  const org = info.organisation;
  const cert = useCertificateInfo(org?.certificates[0]);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [busy, setBusy] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const remove = async () => {
    setBusy(true);
    setRemoveError(null);
    try {
      useTrust.getState().setInfo(await platform.seal.removeOrganisation());
      setRemoving(false);
      showToast({ message: t('settings.organisation.removed') });
      headingRef.current?.focus();
    } catch (e) {
      setRemoveError(t('settings.organisation.removeFailed', { error: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="seal-block" aria-labelledby="seal-org-h" data-testid="seal-organisation">
      <h3 id="seal-org-h" ref={headingRef} tabIndex={-1}>
        {t('settings.organisation.heading')}
      </h3>
      {org ? (
        <>
          <dl className="seal-facts">
            <dt>{t('settings.organisation.subject')}</dt>
            <dd>{cert?.subject ?? '…'}</dd>
            {cert && !cert.selfIssued && (
              <>
                <dt>{t('settings.organisation.issuer')}</dt>
                <dd>{cert.issuerDn}</dd>
              </>
            )}
            <dt>{t('settings.organisation.fingerprint')}</dt>
            <dd>
              <Fingerprint value={org.fingerprint} copy />
            </dd>
          </dl>
          <div className="row">
            <button type="button" className="btn btn-sm btn-danger" onClick={() => setRemoving(true)}>
              <Trash2 size={16} aria-hidden="true" /> {t('settings.organisation.remove')}
            </button>
          </div>
          {removing && (
            <Modal
              open
              onOpenChange={(o) => !o && setRemoving(false)}
              title={t('settings.organisation.removeTitle')}
              description={t('settings.organisation.removeBody')}
            >
              {removeError && (
                <p className="callout callout-danger" role="alert">
                  {removeError}
                </p>
              )}
              <div className="modal-actions">
                <button type="button" className="btn" onClick={() => setRemoving(false)}>
                  {t('settings.organisation.cancel')}
                </button>
                <button type="button" className="btn btn-danger" disabled={busy} aria-busy={busy} onClick={() => void remove()}>
                  {t('settings.organisation.removeConfirm')}
                </button>
              </div>
            </Modal>
          )}
        </>
      ) : (
        <>
          <p className="muted">{t('settings.organisation.none')}</p>
          {adding ? (
            <OrganisationForm
              onDone={() => {
                setAdding(false);
                headingRef.current?.focus();
              }}
            />
          ) : (
            <div className="row">
              <button type="button" className="btn btn-sm" onClick={() => setAdding(true)}>
                <KeyRound size={16} aria-hidden="true" /> {t('settings.organisation.use')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function OrganisationForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation('seal');
  const [file, setFile] = useState<{ name: string; data: Uint8Array } | null>(null);
  const [password, setPassword] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLButtonElement>(null);

  const pick = async () => {
    try {
      const picked = await platform.openFile('p12');
      if (picked) {
        setFile(picked);
        setFileError(null);
      }
    } catch (e) {
      setFileError(t('settings.organisation.failed', { error: errorText(e) }));
    }
  };

  const problemAt = (code: P12Problem['code']) => {
    const text = t(`settings.organisation.problem.${code}`);
    if (code === 'wrongPassword') {
      setPasswordError(text);
      passwordRef.current?.focus();
    } else {
      setFileError(text);
      fileRef.current?.focus();
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFileError(null);
    setPasswordError(null);
    if (!file) {
      setFileError(t('settings.organisation.fileRequired'));
      fileRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      // Read in the seal worker first, so a problem is worded here, next to its field.
      const checked = await checkP12(file.data, password);
      if (checked.problem) {
        problemAt(checked.problem.code);
        return;
      }
      const next = await platform.seal.importOrganisation(file.data, password);
      useTrust.getState().setInfo(next);
      setPassword('');
      showToast({ message: t('settings.organisation.added', { subject: checked.infos[0]?.subject ?? file.name }) });
      onDone();
    } catch (err) {
      setFileError(t('settings.organisation.failed', { error: errorText(err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="seal-form" onSubmit={(e) => void submit(e)} noValidate data-testid="organisation-form">
      <p className="muted">{t('settings.organisation.hint')}</p>
      <div className="field">
        <span className="field-label" id="org-file-label">
          {t('settings.organisation.file')}
        </span>
        <div className="seal-file-row">
          <button
            type="button"
            ref={fileRef}
            className="btn btn-sm"
            aria-labelledby="org-file-label org-file-choose"
            aria-describedby={fileError ? 'org-file-name org-file-error' : 'org-file-name'}
            aria-invalid={fileError ? true : undefined}
            onClick={() => void pick()}
          >
            <span id="org-file-choose">{t('settings.organisation.chooseFile')}</span>
          </button>
          <span className="seal-file-name" id="org-file-name">
            {file?.name ?? t('settings.organisation.noFile')}
          </span>
        </div>
        {fileError && (
          <span className="field-error" id="org-file-error" role="alert">
            {fileError}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor="org-password">{t('settings.organisation.password')}</label>
        <input
          id="org-password"
          ref={passwordRef}
          className="input"
          type="password"
          autoComplete="off"
          value={password}
          maxLength={1000}
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? 'org-password-error' : 'org-password-hint'}
          onChange={(e) => setPassword(e.target.value)}
        />
        {passwordError ? (
          <span className="field-error" id="org-password-error" role="alert">
            {passwordError}
          </span>
        ) : (
          <span className="field-hint" id="org-password-hint">
            {t('settings.organisation.passwordHint')}
          </span>
        )}
      </div>
      <div className="row">
        <button type="submit" className="btn btn-primary btn-sm" disabled={busy} aria-busy={busy}>
          {busy ? t('settings.organisation.reading') : t('settings.organisation.submit')}
        </button>
        <button type="button" className="btn btn-sm" onClick={onDone}>
          {t('settings.organisation.cancel')}
        </button>
      </div>
    </form>
  );
}
