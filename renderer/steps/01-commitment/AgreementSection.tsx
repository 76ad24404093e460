import { useTranslation } from 'react-i18next';
import { AlertTriangle } from 'lucide-react';
import { statementAgreement, statementAgreementCounts, statementAgreementStatus } from '../../../shared/workshop/agreements';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { formatDateTime } from '../../i18n/format';
import { TextField } from '../../ui/fields';
import { TeamBadge } from '../../ui/TeamBadge';

/**
 * The statement everyone agrees to, and who agreed. An agreement is to the statement as it read
 * then: after an edit it stays on record as "changed since you agreed" and the box is unticked,
 * so the room asks again; undoing the edit brings it back.
 */
export function AgreementSection() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const { t } = useTranslation(['commitment', 'app']);
  const c = w.commitment;
  const { agreed, changedSince, total } = statementAgreementCounts(c);
  return (
    <section className="card section" aria-labelledby="statement-h">
      <div className="section-head">
        <h2 id="statement-h">{t('agreement.title')}</h2>
        <span className="muted" role="status" data-testid="agreement-count">
          {t('agreement.count', { agreed, total })}
          {changedSince > 0 && <> · {t('agreement.countChanged', { count: changedSince })}</>}
        </span>
      </div>
      <TextField
        id="commitmentStatement"
        label={t('agreement.statement')}
        multiline
        maxLength={4000}
        value={c.commitmentStatement}
        hint={t('agreement.statementHint')}
        onChange={(v) => update((d) => void (d.commitment.commitmentStatement = v))}
      />
      {changedSince > 0 && (
        <div className="callout callout-warn" role="status" data-testid="agreement-changed">
          <AlertTriangle size={18} aria-hidden="true" /> {t('agreement.changedCallout', { count: changedSince })}
        </div>
      )}
      <fieldset id="agreements" tabIndex={-1} className="agreements">
        <legend className="field-label">{t('agreement.who')}</legend>
        {c.participants.length === 0 && <p className="muted">{t('agreement.empty')}</p>}
        {c.participants.map((p) => {
          const a = c.agreements[p.id];
          const status = statementAgreementStatus(c, p.id);
          return (
            <label key={p.id} className="agreement-row">
              <input
                type="checkbox"
                checked={status === 'agreed'}
                onChange={(e) =>
                  update((d) => {
                    // Ticking agrees to the statement as it reads now; unticking withdraws the agreement.
                    if (e.target.checked)
                      d.commitment.agreements[p.id] = statementAgreement(d.commitment.commitmentStatement, new Date().toISOString());
                    else delete d.commitment.agreements[p.id];
                  })
                }
              />
              <span className="agreement-name">{p.name || t('app:common.unnamedParticipant')}</span>
              <TeamBadge team={p.team} />
              <span className={status === 'changedSince' ? 'agreement-stale' : 'muted'}>
                {status === 'agreed' && a
                  ? t('agreement.agreedAt', { at: formatDateTime(a.at) })
                  : status === 'changedSince' && a
                    ? t('agreement.changedSince', { at: formatDateTime(a.at) })
                    : t('agreement.notYet')}
              </span>
            </label>
          );
        })}
      </fieldset>
    </section>
  );
}
