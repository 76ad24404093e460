import { useTranslation } from 'react-i18next';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { formatDateTime } from '../../i18n/format';
import { TextField } from '../../ui/fields';
import { TeamBadge } from '../../ui/TeamBadge';

export function AgreementSection() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const { t } = useTranslation(['commitment', 'app']);
  const c = w.commitment;
  const agreed = c.participants.filter((p) => c.agreements[p.id]).length;
  return (
    <section className="card section" aria-labelledby="statement-h">
      <div className="section-head">
        <h2 id="statement-h">{t('agreement.title')}</h2>
        <span className="muted" role="status">{t('agreement.count', { agreed, total: c.participants.length })}</span>
      </div>
      <TextField id="commitmentStatement" label={t('agreement.statement')} multiline maxLength={4000} value={c.commitmentStatement}
        onChange={(v) => update((d) => void (d.commitment.commitmentStatement = v))} />
      <fieldset id="agreements" tabIndex={-1} className="agreements">
        <legend className="field-label">{t('agreement.who')}</legend>
        {c.participants.length === 0 && <p className="muted">{t('agreement.empty')}</p>}
        {c.participants.map((p) => {
          const at = c.agreements[p.id];
          return (
            <label key={p.id} className="agreement-row">
              <input type="checkbox" checked={Boolean(at)}
                onChange={(e) => update((d) => {
                  if (e.target.checked) d.commitment.agreements[p.id] = new Date().toISOString();
                  else delete d.commitment.agreements[p.id];
                })} />
              <span className="agreement-name">{p.name || t('app:common.unnamedParticipant')}</span>
              <TeamBadge team={p.team} />
              <span className="muted">{at ? t('agreement.agreedAt', { at: formatDateTime(at, 'short') }) : t('agreement.notYet')}</span>
            </label>
          );
        })}
      </fieldset>
    </section>
  );
}
