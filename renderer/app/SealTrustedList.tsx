import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Trash2 } from 'lucide-react';
import { formatDayOf } from '../i18n/format';
import type { TrustedEntry } from '../storage/trustStore';
import { showToast, useToasts } from './toastStore';
import { useTrust } from './trustList';
import { groupFingerprint, shortFingerprint } from './verifySla';

import { errorText } from './sealTrustEntries';

/** Settings → Seal and trust: the sealers and organisation CAs this computer trusts (SealSettings.tsx). */
export function TrustedSealers() {
  const { t } = useTranslation('seal');
  const entries = useTrust((s) => s.entries);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  // The last entry removed, to bring back: the toast's Undo cannot be reached while this dialog is open.
  const [removed, setRemoved] = useState<TrustedEntry | null>(null);
  useEffect(() => {
    if (removed) undoRef.current?.focus();
  }, [removed]);

  const restore = (entry: TrustedEntry) => {
    const { fingerprint, kind, label, certificate } = entry;
    return useTrust
      .getState()
      .add({ fingerprint, kind, label, certificate })
      .catch((e: unknown) => showToast({ tone: 'error', message: t('settings.trusted.failed', { error: errorText(e) }) }));
  };

  const remove = async (entry: TrustedEntry) => {
    try {
      await useTrust.getState().remove(entry.fingerprint, entry.kind);
      setRemoved(entry);
      showToast({
        message: t('settings.trusted.removed', { label: entry.label }),
        action: { label: t('settings.trusted.undo'), run: () => void restore(entry) },
      });
    } catch (e) {
      showToast({ tone: 'error', message: t('settings.trusted.failed', { error: errorText(e) }) });
    }
  };

  const undo = async () => {
    if (!removed) return;
    const message = t('settings.trusted.removed', { label: removed.label });
    await restore(removed);
    setRemoved(null);
    // The toast saying the same is done with too.
    for (const toast of useToasts.getState().toasts) if (toast.message === message) useToasts.getState().dismiss(toast.id);
    headingRef.current?.focus();
  };

  return (
    <section className="seal-block" aria-labelledby="seal-trusted-h">
      <h3 id="seal-trusted-h" ref={headingRef} tabIndex={-1}>
        {t('settings.trusted.heading')}
      </h3>
      <p className="muted">{t('settings.trusted.hint')}</p>
      {removed && !entries.some((e) => e.kind === removed.kind && e.fingerprint === removed.fingerprint) && (
        <div className="callout callout-info seal-undo" role="status" data-testid="trusted-removed">
          <span>{t('settings.trusted.removed', { label: removed.label })}</span>
          <button type="button" ref={undoRef} className="btn btn-sm" onClick={() => void undo()}>
            {t('settings.trusted.undo')}
          </button>
        </div>
      )}
      {entries.length === 0 ? (
        <p className="muted" data-testid="trusted-empty">
          {t('settings.trusted.empty')}
        </p>
      ) : (
        <div className="trusted-table-wrap">
          <table className="table trusted-table" data-testid="trusted-sealers" aria-labelledby="seal-trusted-h">
            <thead>
              <tr>
                <th scope="col">{t('settings.trusted.col.label')}</th>
                <th scope="col">{t('settings.trusted.col.kind')}</th>
                <th scope="col">{t('settings.trusted.col.fingerprint')}</th>
                <th scope="col">{t('settings.trusted.col.added')}</th>
                <th scope="col">
                  <span className="sr-only">{t('settings.trusted.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={`${e.kind}:${e.fingerprint}`}>
                  <td className="trusted-label">{e.label}</td>
                  <td>{t(`settings.trusted.kind.${e.kind}`)}</td>
                  <td>
                    <span className="fingerprint-short" title={groupFingerprint(e.fingerprint)} translate="no">
                      {shortFingerprint(e.fingerprint)}…
                    </span>
                  </td>
                  <td>{formatDayOf(e.addedAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-sm"
                      aria-label={t('settings.trusted.removeLabel', { label: e.label })}
                      onClick={() => void remove(e)}
                    >
                      <Trash2 size={16} aria-hidden="true" /> {t('settings.trusted.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
