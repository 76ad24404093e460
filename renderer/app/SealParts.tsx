import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Copy, ShieldPlus } from 'lucide-react';
import { Modal } from '../ui/Modal';
import { showToast } from './toastStore';
import { useTrust } from './trustList';
import { groupFingerprint } from './verifySla';
import './seal.css';

/**
 * Pieces the Verify dialog, Settings → Seal and trust and the step-7 audit panel share: a
 * fingerprint as people compare it (monospace, groups of four, eight to a line), its Copy
 * button, and "Trust this sealer", which asks the user to compare the fingerprint first.
 */
export function Fingerprint({
  value,
  copy = false,
  testId,
  large = false,
}: {
  value: string;
  copy?: boolean;
  testId?: string;
  large?: boolean;
}) {
  return (
    <span className="fingerprint-row">
      <code className={large ? 'fingerprint fingerprint-large' : 'fingerprint'} data-testid={testId} translate="no">
        {groupFingerprint(value)}
      </code>
      {copy && <CopyFingerprint value={value} />}
    </span>
  );
}

export function CopyFingerprint({ value }: { value: string }) {
  const { t } = useTranslation('seal');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value.toLowerCase());
      showToast({ message: t('fingerprint.copied') });
    } catch {
      showToast({ tone: 'error', message: t('fingerprint.copyFailed') });
    }
  };
  return (
    <button type="button" className="btn btn-sm fingerprint-copy" aria-label={t('fingerprint.copyLabel')} onClick={() => void copy()}>
      <Copy size={16} aria-hidden="true" /> {t('fingerprint.copy')}
    </button>
  );
}

export interface SealerToTrust {
  fingerprint: string;
  /** The certificate's subject: the label the entry gets. */
  subject: string;
  /** DER, base64, when known. */
  certificate: string | null;
}

/** "Trust this sealer…", then a confirmation that shows the fingerprint to compare. */
export function TrustSealerButton({ sealer, onTrusted }: { sealer: SealerToTrust; onTrusted?(): void }) {
  const { t } = useTranslation('seal');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn-sm trust-sealer-btn" onClick={() => setOpen(true)}>
        <ShieldPlus size={16} aria-hidden="true" /> {t('trustSealer.button')}
      </button>
      {open && (
        <TrustSealerDialog
          sealer={sealer}
          onClose={() => setOpen(false)}
          onTrusted={() => {
            setOpen(false);
            onTrusted?.();
          }}
        />
      )}
    </>
  );
}

function TrustSealerDialog({ sealer, onClose, onTrusted }: { sealer: SealerToTrust; onClose(): void; onTrusted(): void }) {
  const { t } = useTranslation('seal');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await useTrust
        .getState()
        .add({ fingerprint: sealer.fingerprint, kind: 'sealer', label: sealer.subject, certificate: sealer.certificate });
      showToast({ message: t('trustSealer.trusted', { label: sealer.subject }) });
      onTrusted();
    } catch (e) {
      setError(t('trustSealer.failed', { error: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  };
  return (
    <Modal open onOpenChange={(o) => !o && onClose()} title={t('trustSealer.title')} description={t('trustSealer.body')}>
      <dl className="seal-facts-stacked" data-testid="trust-sealer-confirm">
        <dt>{t('trustSealer.subject')}</dt>
        <dd>{sealer.subject}</dd>
        <dt>{t('trustSealer.fingerprint')}</dt>
        <dd>
          <Fingerprint value={sealer.fingerprint} large />
        </dd>
      </dl>
      {error && (
        <p className="callout callout-danger" role="alert">
          {error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('trustSealer.cancel')}
        </button>
        <button type="button" className="btn btn-primary" disabled={busy} aria-busy={busy} onClick={() => void confirm()}>
          {t('trustSealer.confirm')}
        </button>
      </div>
    </Modal>
  );
}
