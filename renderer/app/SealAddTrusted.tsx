import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileSearch, ShieldPlus } from 'lucide-react';
import { fromBase64, toBase64 } from '../../shared/seal/bytes';
import type { CertificateInfo } from '../../shared/seal/certificates';
import type { TrustLevel } from '../../shared/seal/trust';
import { describeCertificates, readCertificates } from '../pdf/sealClient';
import { platform } from '../platform';
import type { TrustedEntry } from '../storage/trustStore';
import { FieldShell } from '../ui/fields';
import { Fingerprint, type SealerToTrust } from './SealParts';
import { showToast } from './toastStore';
import { trustListOf, useTrust } from './trustList';
import { readFingerprint, sealerToTrust, verifyBytes } from './verifySla';

/**
 * Settings → Seal and trust → Add a trusted sealer, four ways: a fingerprint pasted (read out
 * by the sealer), the sealer of a PDF that verifies intact here, the sealers of a workshop
 * file's audit trail (ticked one by one), or an organisation CA's certificate.
 */
type Method = 'fingerprint' | 'pdf' | 'workshop' | 'ca';
const METHODS: readonly Method[] = ['fingerprint', 'pdf', 'workshop', 'ca'];

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Whom this computer already trusts with this fingerprint: itself, an entry, or nobody. */
function known(fingerprint: string, kind: TrustedEntry['kind']): { own: true } | { entry: TrustedEntry } | null {
  const { info, entries } = useTrust.getState();
  if (kind === 'sealer' && trustListOf(info, []).own.includes(fingerprint)) return { own: true };
  const entry = entries.find((e) => e.kind === kind && e.fingerprint === fingerprint);
  return entry ? { entry } : null;
}

async function addEntry(entry: Omit<TrustedEntry, 'addedAt'>, message: string): Promise<void> {
  await useTrust.getState().add(entry);
  showToast({ message });
}

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
function FileError({ id, error }: { id: string; error: string | null }) {
  return error ? (
    <span className="field-error" id={id} role="alert">
      {error}
    </span>
  ) : null;
}

function AddFromPdf() {
  const { t } = useTranslation('seal');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [found, setFound] = useState<{ sealer: SealerToTrust; issuer: string | null; trust: TrustLevel | null } | null>(null);
  const entries = useTrust((s) => s.entries);

  const pick = async () => {
    setError(null);
    let file: { name: string; data: Uint8Array } | null;
    try {
      file = await platform.openFile('pdf');
    } catch (e) {
      setError(t('settings.add.readFailed', { error: errorText(e) }));
      return;
    }
    if (!file) return;
    setBusy(true);
    setFound(null);
    try {
      const { report, judgement } = await verifyBytes(file.name, file.data);
      if (report.status !== 'intact') setError(t('settings.add.pdf.notIntact', { name: file.name }));
      else if (!report.sealer) setError(t('settings.add.pdf.noSealer', { name: file.name }));
      else
        setFound({
          sealer: sealerToTrust(report.sealer),
          issuer: report.sealer.selfIssued ? null : report.sealer.issuerDn,
          trust: judgement.sealerTrust,
        });
    } catch (e) {
      setError(t('settings.add.readFailed', { error: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  const trustedNow = found && entries.some((e) => e.kind === 'sealer' && e.fingerprint === found.sealer.fingerprint);
  const trust: TrustLevel | null = found ? (trustedNow && found.trust === 'unknown' ? 'trustedSealer' : found.trust) : null;

  return (
    <div className="seal-form" data-testid="add-from-pdf">
      <p className="muted" id="add-pdf-hint">
        {t('settings.add.pdf.hint')}
      </p>
      <div className="row">
        <button
          type="button"
          className="btn btn-sm"
          disabled={busy}
          aria-busy={busy}
          aria-describedby={error ? 'add-pdf-hint add-pdf-error' : 'add-pdf-hint'}
          onClick={() => void pick()}
        >
          <FileSearch size={16} aria-hidden="true" /> {busy ? t('settings.add.pdf.checking') : t('settings.add.pdf.choose')}
        </button>
      </div>
      <FileError id="add-pdf-error" error={error} />
      {found && (
        <div className="seal-found">
          <strong>{found.sealer.subject}</strong>
          {found.issuer && <span className="muted">{found.issuer}</span>}
          <Fingerprint value={found.sealer.fingerprint} />
          {trust && trust !== 'unknown' ? (
            <p>{t('settings.add.pdf.trustedAlready', { trust: t(`trust.${trust}`) })}</p>
          ) : (
            <>
              <p className="muted">{t('trustSealer.body')}</p>
              <div className="row">
                <button
                  type="button"
                  className="btn btn-primary btn-sm"
                  onClick={() =>
                    void addEntry(
                      { ...found.sealer, kind: 'sealer', label: found.sealer.subject },
                      t('settings.add.added', { label: found.sealer.subject }),
                    ).catch((e: unknown) => setError(t('settings.trusted.failed', { error: errorText(e) })))
                  }
                >
                  <ShieldPlus size={16} aria-hidden="true" /> {t('settings.add.pdf.trust')}
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}

interface Candidate {
  /** Recomputed from the certificate: what is trusted is what the subject shown belongs to. */
  fingerprint: string;
  info: CertificateInfo;
  certificate: string;
}

function AddFromWorkshop() {
  const { t } = useTranslation('seal');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [file, setFile] = useState<{ name: string; candidates: Candidate[] } | null>(null);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [tickError, setTickError] = useState<string | null>(null);
  const entries = useTrust((s) => s.entries);
  const info = useTrust((s) => s.info);
  const own = trustListOf(info, []).own;

  const pick = async () => {
    setError(null);
    setTickError(null);
    let picked: { name: string; data: Uint8Array } | null;
    try {
      picked = await platform.openFile('workshop');
    } catch (e) {
      setError(t('settings.add.readFailed', { error: errorText(e) }));
      return;
    }
    if (!picked) return;
    setBusy(true);
    setFile(null);
    setTicked(new Set());
    try {
      const { parseWorkshopFile } = await import('../../shared/workshop/file');
      const parsed = parseWorkshopFile(new TextDecoder().decode(picked.data));
      if (!parsed.ok) {
        setError(t('settings.add.workshop.notRead', { name: picked.name, error: parsed.error }));
        return;
      }
      const sealers = parsed.workshop.sla.sealers.filter((s) => s.certificates[0]);
      if (sealers.length === 0) {
        setError(t('settings.add.workshop.none', { name: picked.name }));
        return;
      }
      const infos = await describeCertificates(sealers.map((s) => fromBase64(s.certificates[0]!)));
      // A file may file a certificate under someone else's fingerprint: only what the certificate hashes to is offered.
      const candidates = sealers.flatMap((s, i) => {
        const described = infos[i];
        return described && described.fingerprint === s.fingerprint
          ? [{ fingerprint: described.fingerprint, info: described, certificate: s.certificates[0]! }]
          : [];
      });
      if (candidates.length === 0) setError(t('settings.add.workshop.none', { name: picked.name }));
      else setFile({ name: picked.name, candidates });
    } catch (e) {
      setError(t('settings.add.readFailed', { error: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  const statusOf = (c: Candidate): 'thisInstall' | 'trusted' | null =>
    own.includes(c.fingerprint)
      ? 'thisInstall'
      : entries.some((e) => e.kind === 'sealer' && e.fingerprint === c.fingerprint)
        ? 'trusted'
        : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const chosen = file.candidates.filter((c) => ticked.has(c.fingerprint) && statusOf(c) === null);
    if (chosen.length === 0) {
      setTickError(t('settings.add.workshop.noneTicked'));
      return;
    }
    setTickError(null);
    setBusy(true);
    try {
      for (const c of chosen)
        await useTrust.getState().add({ fingerprint: c.fingerprint, kind: 'sealer', label: c.info.subject, certificate: c.certificate });
      showToast({ message: t('settings.add.workshop.added', { count: chosen.length }) });
      setTicked(new Set());
    } catch (err) {
      setTickError(t('settings.trusted.failed', { error: errorText(err) }));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (fp: string, on: boolean) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(fp);
      else next.delete(fp);
      return next;
    });
  const count = file ? file.candidates.filter((c) => ticked.has(c.fingerprint) && statusOf(c) === null).length : 0;

  return (
    <div className="seal-form" data-testid="add-from-workshop">
      <p className="muted" id="add-workshop-hint">
        {t('settings.add.workshop.hint')}
      </p>
      <div className="row">
        <button
          type="button"
          className="btn btn-sm"
          disabled={busy}
          aria-busy={busy}
          aria-describedby={error ? 'add-workshop-hint add-workshop-error' : 'add-workshop-hint'}
          onClick={() => void pick()}
        >
          <FileSearch size={16} aria-hidden="true" /> {t('settings.add.workshop.choose')}
        </button>
      </div>
      <FileError id="add-workshop-error" error={error} />
      {file && (
        <form onSubmit={(e) => void submit(e)} noValidate className="stack">
          <fieldset className="seal-candidates" aria-describedby={tickError ? 'add-workshop-tick-error' : undefined}>
            <legend>{t('settings.add.workshop.legend', { name: file.name })}</legend>
            {file.candidates.map((c) => {
              const status = statusOf(c);
              const id = `candidate-${c.fingerprint.slice(0, 16)}`;
              return (
                <div className="seal-candidate" key={c.fingerprint}>
                  <input
                    type="checkbox"
                    id={id}
                    checked={status !== null || ticked.has(c.fingerprint)}
                    disabled={status !== null}
                    onChange={(e) => toggle(c.fingerprint, e.target.checked)}
                  />
                  <label htmlFor={id} className="seal-candidate-body">
                    <strong>{c.info.subject}</strong>
                    <Fingerprint value={c.fingerprint} />
                    {status && <span className="muted">{t(`settings.add.workshop.status.${status}`)}</span>}
                  </label>
                </div>
              );
            })}
          </fieldset>
          <FileError id="add-workshop-tick-error" error={tickError} />
          <div className="row">
            <button type="submit" className="btn btn-primary btn-sm" disabled={busy} aria-busy={busy}>
              <ShieldPlus size={16} aria-hidden="true" /> {t('settings.add.workshop.submit', { count })}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

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
