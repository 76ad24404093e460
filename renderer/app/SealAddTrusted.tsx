import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileSearch, ShieldPlus } from 'lucide-react';
import { toBase64 } from '../../shared/seal/bytes';
import type { CertificateInfo } from '../../shared/seal/certificates';
import { readCertificates } from '../pdf/sealClient';
import { platform } from '../platform';
import { FieldShell } from '../ui/fields';
import { Fingerprint } from './SealParts';
import { useTrust } from './trustList';
import { readFingerprint } from './verifySla';
import { AddFromPdf, AddFromWorkshop, FileError } from './SealAddFromFile';
import { addEntry, errorText, known } from './sealTrustEntries';

/**
 * Settings → Seal and trust → Add a trusted sealer, four ways: a fingerprint pasted (read out
 * by the sealer), the sealer of a PDF that verifies intact here, the sealers of a workshop
 * file's audit trail (ticked one by one), or an organisation CA's certificate.
 */
type Method = 'fingerprint' | 'pdf' | 'workshop' | 'ca';
const METHODS: readonly Method[] = ['fingerprint', 'pdf', 'workshop', 'ca'];

export function SealAddTrusted() {
  const { t } = useTranslation('seal');
  const [method, setMethod] = useState<Method>('fingerprint');
  return (
    <section className="seal-block" aria-labelledby="seal-add-h">
      <h3 id="seal-add-h">{t('settings.add.heading')}</h3>
      <fieldset className="seal-methods">
        <legend>{t('settings.add.method')}</legend>
        {METHODS.map((m) => (
          <label key={m}>
            <input type="radio" name="seal-add-method" value={m} checked={method === m} onChange={() => setMethod(m)} />
            {t(`settings.add.methods.${m}`)}
          </label>
        ))}
      </fieldset>
      {method === 'fingerprint' && <AddByFingerprint />}
      {method === 'pdf' && <AddFromPdf />}
      {method === 'workshop' && <AddFromWorkshop />}
      {method === 'ca' && <AddAuthority />}
    </section>
  );
}

function AddByFingerprint() {
  const { t } = useTranslation('seal');
  const [text, setText] = useState('');
  const [label, setLabel] = useState('');
  const [fpError, setFpError] = useState<string | null>(null);
  const [labelError, setLabelError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const read = readFingerprint(text);
    let fpProblem: string | null = null;
    if (!read.ok)
      fpProblem =
        read.problem === 'notHex'
          ? t('settings.add.fingerprint.notHex', { character: read.character })
          : t('settings.add.fingerprint.invalid', { count: read.digits });
    else {
      const already = known(read.fingerprint, 'sealer');
      if (already) fpProblem = 'own' in already ? t('settings.add.own') : t('settings.add.already', { label: already.entry.label });
    }
    const name = label.trim();
    const labelProblem = name === '' || name.length > 120 ? t('settings.add.fingerprint.labelRequired') : null;
    setFpError(fpProblem);
    setLabelError(labelProblem);
    if (fpProblem || labelProblem || !read.ok) {
      document.getElementById(fpProblem ? 'trust-fingerprint' : 'trust-label')?.focus();
      return;
    }
    setBusy(true);
    try {
      await addEntry(
        { fingerprint: read.fingerprint, kind: 'sealer', label: name, certificate: null },
        t('settings.add.added', { label: name }),
      );
      setText('');
      setLabel('');
    } catch (err) {
      setFpError(t('settings.trusted.failed', { error: errorText(err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="seal-form" onSubmit={(e) => void submit(e)} noValidate data-testid="add-fingerprint">
      <FieldShell
        label={t('settings.add.fingerprint.field')}
        id="trust-fingerprint"
        hint={t('settings.add.fingerprint.hint')}
        error={fpError}
      >
        <input
          id="trust-fingerprint"
          className="input fingerprint-input"
          value={text}
          maxLength={200}
          spellCheck={false}
          autoComplete="off"
          translate="no"
          aria-invalid={fpError ? true : undefined}
          aria-describedby={fpError ? 'trust-fingerprint-error' : 'trust-fingerprint-hint'}
          onChange={(e) => setText(e.target.value)}
        />
      </FieldShell>
      <FieldShell
        label={t('settings.add.fingerprint.label')}
        id="trust-label"
        hint={t('settings.add.fingerprint.labelHint')}
        error={labelError}
      >
        <input
          id="trust-label"
          className="input"
          value={label}
          maxLength={120}
          aria-invalid={labelError ? true : undefined}
          aria-describedby={labelError ? 'trust-label-error' : 'trust-label-hint'}
          onChange={(e) => setLabel(e.target.value)}
        />
      </FieldShell>
      <div className="row">
        <button type="submit" className="btn btn-primary btn-sm" disabled={busy} aria-busy={busy}>
          <ShieldPlus size={16} aria-hidden="true" /> {t('settings.add.fingerprint.submit')}
        </button>
      </div>
    </form>
  );
}

/** A picked file's problem, shown under its button. */
function AddAuthority() {
  const { t } = useTranslation('seal');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [found, setFound] = useState<{ der: Uint8Array; info: CertificateInfo | null }[] | null>(null);
  const entries = useTrust((s) => s.entries);

  const pick = async () => {
    setError(null);
    let file: { name: string; data: Uint8Array } | null;
    try {
      file = await platform.openFile('certificate');
    } catch (e) {
      setError(t('settings.add.readFailed', { error: errorText(e) }));
      return;
    }
    if (!file) return;
    setBusy(true);
    setFound(null);
    try {
      const { certificates, infos } = await readCertificates(file.data);
      if (!certificates || certificates.length === 0) setError(t('settings.add.ca.notCertificate', { name: file.name }));
      else setFound(certificates.map((der, i) => ({ der, info: infos[i] ?? null })));
    } catch (e) {
      setError(t('settings.add.readFailed', { error: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  const trust = (der: Uint8Array, info: CertificateInfo) =>
    void addEntry(
      { fingerprint: info.fingerprint, kind: 'authority', label: info.subject, certificate: toBase64(der) },
      t('settings.add.added', { label: info.subject }),
    ).catch((e: unknown) => setError(t('settings.trusted.failed', { error: errorText(e) })));

  return (
    <div className="seal-form" data-testid="add-authority">
      <p className="muted" id="add-ca-hint">
        {t('settings.add.ca.hint')}
      </p>
      <div className="row">
        <button
          type="button"
          className="btn btn-sm"
          disabled={busy}
          aria-busy={busy}
          aria-describedby={error ? 'add-ca-hint add-ca-error' : 'add-ca-hint'}
          onClick={() => void pick()}
        >
          <FileSearch size={16} aria-hidden="true" /> {t('settings.add.ca.choose')}
        </button>
      </div>
      <FileError id="add-ca-error" error={error} />
      {found?.map(({ der, info }, i) =>
        info ? (
          <div className="seal-found" key={info.fingerprint}>
            <strong>{info.subject}</strong>
            {!info.selfIssued && <span className="muted">{info.issuerDn}</span>}
            <Fingerprint value={info.fingerprint} />
            {entries.some((e) => e.kind === 'authority' && e.fingerprint === info.fingerprint) ? (
              <p>{t('settings.add.ca.trusted')}</p>
            ) : (
              <div className="row">
                <button
                  type="button"
                  className="btn btn-primary btn-sm"
                  aria-label={t('settings.add.ca.trustLabel', { subject: info.subject })}
                  onClick={() => trust(der, info)}
                >
                  <ShieldPlus size={16} aria-hidden="true" /> {t('settings.add.ca.trust')}
                </button>
              </div>
            )}
          </div>
        ) : (
          <p className="field-error" key={`unreadable-${i}`}>
            {t('settings.add.ca.unreadable')}
          </p>
        ),
      )}
    </div>
  );
}
