import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileSearch, ShieldPlus } from 'lucide-react';
import { fromBase64 } from '../../shared/seal/bytes';
import type { CertificateInfo } from '../../shared/seal/certificates';
import type { TrustLevel } from '../../shared/seal/trust';
import { describeCertificates } from '../pdf/sealClient';
import { platform } from '../platform';
import { Fingerprint, type SealerToTrust } from './SealParts';
import { showToast } from './toastStore';
import { trustListOf, useTrust } from './trustList';
import { sealerToTrust, verifyBytes } from './verifySla';
import { addEntry, errorText } from './sealTrustEntries';

/** Adding a trusted sealer from a file: an SLA PDF's sealer, or a workshop file's trail sealers (SealAddTrusted.tsx). */

export function FileError({ id, error }: { id: string; error: string | null }) {
  return error ? (
    <span className="field-error" id={id} role="alert">
      {error}
    </span>
  ) : null;
}

export function AddFromPdf() {
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

export function AddFromWorkshop() {
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
