import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ICP_FIELDS } from '../../../shared/workshop/steps/targetBuyer';
import { evidenceCounts, icpFacts } from '../../../shared/targetBuyer/persona';
import { useOpenWorkshop } from '../../app/workshopStore';
import { AssumptionSummary } from './Evidence';
import { FactList } from './FactList';

export function IcpSection() {
  const icp = useOpenWorkshop().targetBuyer.icp;
  const counts = useMemo(() => evidenceCounts(icpFacts(icp)), [icp]);
  const { t } = useTranslation('targetBuyer');
  return (
    <section className="card section" aria-labelledby="icp-h">
      <div className="section-head">
        <h2 id="icp-h">{t('icp.title')}</h2>
        <AssumptionSummary counts={counts} />
      </div>
      <p className="muted">{t('icp.intro')}</p>
      <div className="icp-grid">
        {ICP_FIELDS.map((field) => (
          <FactList
            key={field}
            label={t(`icpField.${field}.label`)}
            one={t(`icpField.${field}.one`)}
            placeholder={t('icp.placeholder', { one: t(`icpField.${field}.one`), example: t(`icpField.${field}.example`) })}
            idBase={`icp-${field}`}
            facts={icp[field]}
            select={(d) => d.targetBuyer.icp[field]}
          />
        ))}
      </div>
    </section>
  );
}
