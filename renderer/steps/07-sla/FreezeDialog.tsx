import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Snowflake } from 'lucide-react';
import { OVERRIDE_REASON_MAX, type FreezeOverride } from '../../../shared/sla/versions';
import type { ConsistencyIssue } from '../../../shared/workshop/steps/sla';
import { useOpenWorkshop } from '../../app/workshopStore';
import { uiLocale } from '../../i18n/format';
import { Modal } from '../../ui/Modal';
import { TextField } from '../../ui/fields';
import { IssueList } from './ConsistencyPanel';

interface Props {
  version: number;
  /** The disagreements found when the dialog opened: the ones the room accepts by freezing. */
  issues: readonly ConsistencyIssue[];
  busy: boolean;
  onCancel(): void;
  onFreeze(override: FreezeOverride | undefined): void;
}

/**
 * What freezing means, said before it happens: the content is fixed as version N, everyone
 * signs exactly that, and any change afterwards is an amendment. With disagreements left, the
 * room must name them (tick) and say why it signs anyway; that reason and every disagreement are
 * printed in the SLA and written into the audit trail.
 */
export function FreezeDialog({ version, issues, busy, onCancel, onFreeze }: Props) {
  const w = useOpenWorkshop();
  const { t } = useTranslation('sla');
  const [accepted, setAccepted] = useState(false);
  const [reason, setReason] = useState('');
  const overriding = issues.length > 0;
  const ready = !overriding || (accepted && reason.trim() !== '');
  const missing =
    overriding && !ready
      ? new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(
          [!accepted && t('freeze.dialog.missingTick'), reason.trim() === '' && t('freeze.dialog.missingReason')].filter((m): m is string =>
            Boolean(m),
          ),
        )
      : '';
  return (
    <Modal
      open
      onOpenChange={(o) => !o && onCancel()}
      wide={overriding}
      title={t('freeze.dialog.title', { n: version })}
      description={t('freeze.dialog.description', { n: version, next: version + 1 })}
    >
      {overriding && (
        <div className="freeze-override" data-testid="freeze-override">
          <p>
            <strong>{t('freeze.dialog.disagreements', { count: issues.length })}</strong>
          </p>
          <IssueList issues={issues} commitments={w.sla.commitments} links={false} />
          <label className="consent-row">
            <input type="checkbox" checked={accepted} onChange={(e) => setAccepted(e.target.checked)} />
            <span>{t('freeze.dialog.accept', { count: issues.length })}</span>
          </label>
          <TextField
            id="freeze-reason"
            label={t('freeze.dialog.reason')}
            multiline
            maxLength={OVERRIDE_REASON_MAX}
            value={reason}
            onChange={setReason}
            hint={t('freeze.dialog.reasonHint')}
          />
        </div>
      )}
      {missing && (
        <p className="muted" role="status">
          {t('freeze.dialog.toFreeze', { missing })}
        </p>
      )}
      <div className="modal-actions">
        <button className="btn" onClick={onCancel}>
          {t('freeze.dialog.cancel')}
        </button>
        <button
          className="btn btn-primary"
          disabled={!ready || busy}
          aria-busy={busy}
          onClick={() => onFreeze(overriding ? { accepted: issues, reason: reason.trim() } : undefined)}
        >
          <Snowflake size={18} aria-hidden="true" />{' '}
          {overriding
            ? t('freeze.dialog.confirmOverride', { n: version, count: issues.length })
            : t('freeze.dialog.confirm', { n: version })}
        </button>
      </div>
    </Modal>
  );
}
