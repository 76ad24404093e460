import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle } from 'lucide-react';
import { signedLoss, workshopFacts, type WorkshopFacts } from '../storage/importChoice';
import { formatDateTime, formatNumber } from '../i18n/format';
import { Modal } from '../ui/Modal';
import type { useImportChoice } from './importChoiceStore';
import './importChoice.css';

/**
 * A workshop file whose workshop is already here: both versions side by side (title, last
 * edited, SLA status, signatures, audit events), then Replace, Keep both or Cancel. Replacing a
 * signed state the file does not hold asks again, naming exactly what would be lost.
 */
export function ImportChoiceDialog({ pending }: { pending: NonNullable<ReturnType<typeof useImportChoice.getState>['pending']> }) {
  const { t } = useTranslation('app');
  const [confirming, setConfirming] = useState(false);
  const here = workshopFacts(pending.existing);
  const file = workshopFacts(pending.incoming);
  const loss = signedLoss(pending.existing, pending.incoming);
  const name = pending.existing.clientCompany || pending.existing.title || t('topBar.untitledWorkshop');
  const replace = () => (loss && !confirming ? setConfirming(true) : pending.answer('replace'));

  return (
    <Modal
      open
      onOpenChange={(o) => !o && pending.answer('cancel')}
      title={t('importChoice.title', { name })}
      description={t('importChoice.description', { file: pending.fileName })}
      wide
    >
      <table className="table import-compare" data-testid="import-compare">
        <thead>
          <tr>
            <td />
            <th scope="col">{t('importChoice.here')}</th>
            <th scope="col">{t('importChoice.file', { file: pending.fileName })}</th>
          </tr>
        </thead>
        <tbody>
          <FactRow
            label={t('importChoice.fact.title')}
            here={here}
            file={file}
            value={(f) => [f.clientCompany, f.title].filter(Boolean).join(' — ') || '—'}
          />
          <FactRow
            label={t('importChoice.fact.updatedAt')}
            here={here}
            file={file}
            value={(f) => formatDateTime(f.updatedAt)}
            newer={(a, b) => a.updatedAt > b.updatedAt}
          />
          <FactRow
            label={t('importChoice.fact.sla')}
            here={here}
            file={file}
            value={(f) =>
              f.version === null
                ? t(`importChoice.state.${f.sla}`)
                : t('importChoice.stateVersion', { state: t(`importChoice.state.${f.sla}`), n: f.version })
            }
          />
          <FactRow
            label={t('importChoice.fact.signatures')}
            here={here}
            file={file}
            value={(f) => formatNumber(f.signatures)}
            newer={(a, b) => a.signatures > b.signatures}
          />
          <FactRow
            label={t('importChoice.fact.auditEvents')}
            here={here}
            file={file}
            value={(f) => formatNumber(f.auditEvents)}
            newer={(a, b) => a.auditEvents > b.auditEvents}
          />
        </tbody>
      </table>
      {confirming && loss ? (
        <div className="callout callout-danger import-loss" role="alert" data-testid="import-loss">
          <AlertTriangle size={20} aria-hidden="true" />
          <div>
            <strong>{t('importChoice.loss.title')}</strong>
            <p>
              {loss.signatures.length > 0 &&
                t('importChoice.loss.signatures', {
                  count: loss.signatures.length,
                  names: loss.signatures.map((s) => t('importChoice.loss.signer', { name: s.name, n: s.version })).join(', '),
                })}{' '}
              {loss.auditEvents > 0 && t('importChoice.loss.events', { count: loss.auditEvents })}
            </p>
            <p>{t('importChoice.loss.history')}</p>
          </div>
        </div>
      ) : (
        <p className="muted">{t('importChoice.explain')}</p>
      )}
      <div className="modal-actions">
        {confirming ? (
          <>
            <button className="btn" onClick={() => setConfirming(false)}>
              {t('importChoice.back')}
            </button>
            <button className="btn btn-danger" onClick={replace}>
              {t('importChoice.replaceAnyway')}
            </button>
          </>
        ) : (
          <>
            <button className="btn" onClick={() => pending.answer('cancel')}>
              {t('common.cancel')}
            </button>
            <button className="btn" onClick={() => pending.answer('keepBoth')}>
              {t('importChoice.keepBoth')}
            </button>
            <button className="btn btn-primary" onClick={replace}>
              {t('importChoice.replace')}
            </button>
          </>
        )}
      </div>
    </Modal>
  );
}

function FactRow({
  label,
  here,
  file,
  value,
  newer,
}: {
  label: string;
  here: WorkshopFacts;
  file: WorkshopFacts;
  value(f: WorkshopFacts): string;
  newer?(a: WorkshopFacts, b: WorkshopFacts): boolean;
}) {
  const { t } = useTranslation('app');
  const mark = (a: WorkshopFacts, b: WorkshopFacts) =>
    newer?.(a, b) ? <span className="import-more"> {t('importChoice.more')}</span> : null;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        {value(here)}
        {mark(here, file)}
      </td>
      <td>
        {value(file)}
        {mark(file, here)}
      </td>
    </tr>
  );
}
