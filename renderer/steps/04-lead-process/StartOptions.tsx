import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sampleLeadProcess } from '../../../shared/workshop/samples/leadProcess';
import { leadProcessToSvg } from '../../../shared/leadProcess/svg';
import { TEMPLATE_IDS } from '../../../shared/leadProcess/templates';
import { LEAD_PROCESS_START_ID } from '../../../shared/workshop/stepChecks/leadProcess';
import { startFrom } from './actions';
import { svgWords } from './stageText';

/** The empty step: why the diagram matters, what good looks like, and three ways to start. */
export function StartOptions() {
  const { t } = useTranslation('leadProcess');
  const exampleTitle = t('start.exampleTitle');
  const example = useMemo(
    () =>
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(leadProcessToSvg(sampleLeadProcess(), { title: exampleTitle, words: svgWords(t) }))}`,
    [exampleTitle, t],
  );
  return (
    <section className="card section lp-start" aria-labelledby="lp-start-h">
      <h2 id="lp-start-h">{t('start.title')}</h2>
      <p className="lp-start-why">{t('start.why')}</p>
      <div className="lp-start-options" id={LEAD_PROCESS_START_ID} tabIndex={-1} role="group" aria-label={t('start.group')}>
        {TEMPLATE_IDS.map((id) => (
          <div key={id} className="lp-start-option">
            <h3>{t(`start.template.${id}.title`)}</h3>
            <p className="lp-start-summary">{t(`start.template.${id}.summary`)}</p>
            <p className="muted">{t(`start.template.${id}.description`)}</p>
            <button className={id === 'default' ? 'btn btn-primary' : 'btn'} onClick={() => startFrom(id)}>
              {t(`start.button.${id}`)}
            </button>
          </div>
        ))}
      </div>
      <figure className="lp-example">
        <img src={example} alt={t('start.exampleAlt')} />
        <figcaption className="muted">{t('start.exampleCaption')}</figcaption>
      </figure>
    </section>
  );
}
