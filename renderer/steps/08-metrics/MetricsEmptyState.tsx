import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a scoreboard looks like (from the Northwind sample) and why the room needs one. */
export function MetricsEmptyState({ toolbar }: { toolbar: ReactNode }) {
  const { t } = useTranslation(['metrics', 'app']);
  const r = (k: string) => t(`empty.rows.${k}` as 'empty.rows.volume.name');
  return (
    <section className="card section metrics-empty" aria-labelledby="metrics-empty-h">
      <h2 id="metrics-empty-h">{t('empty.title')}</h2>
      <p>{t('empty.body')}</p>
      <figure className="metrics-example">
        <figcaption className="muted">{t('empty.example')}</figcaption>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('step.colMetric')}</th>
              <th scope="col">{t('step.colOwner')}</th>
              <th scope="col" className="num">
                {t('step.colTarget')}
              </th>
              <th scope="col">{t('empty.source')}</th>
              <th scope="col">{t('step.colFrequency')}</th>
              <th scope="col">{t('empty.measures')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{r('volume.name')}</td>
              <td>{t('app:team.marketing')}</td>
              <td className="num">{r('volume.target')}</td>
              <td>HubSpot</td>
              <td>{t('frequency.monthly')}</td>
              <td>{r('volume.measures')}</td>
            </tr>
            <tr>
              <td>{r('conversion.name')}</td>
              <td>{t('app:team.marketing')}</td>
              <td className="num">{r('conversion.target')}</td>
              <td>HubSpot</td>
              <td>{t('frequency.monthly')}</td>
              <td>—</td>
            </tr>
            <tr>
              <td>{r('touch.name')}</td>
              <td>{t('app:team.sales')}</td>
              <td className="num">{r('touch.target')}</td>
              <td>{r('touch.source')}</td>
              <td>{t('frequency.weekly')}</td>
              <td>{r('touch.measures')}</td>
            </tr>
          </tbody>
        </table>
      </figure>
      {toolbar}
      <span id="metrics" tabIndex={-1} className="sr-only">
        {t('empty.scoreboard')}
      </span>
    </section>
  );
}
