import { useMemo, type ChangeEvent } from 'react';
import { X } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import { formatPercent } from '../../i18n/format';
import { parseLeadsCsv } from '../../../shared/scoring/csv';
import { mqlVolumeCommitment, scoreBatch } from '../../../shared/scoring/batch';
import { BandNote, ScoreGrid } from './ScoreGrid';
import { BatchResults } from './BatchResults';
import { Projection } from './Projection';
import { useSimulator } from './simulatorStore';
import { useModel } from './useModel';

/** A CSV of real leads scored at once: how many qualify, where they fall, what that means per month. */
export function BatchSimulator() {
  const { w, q } = useModel();
  const { csv, leadsPerMonth, patch } = useSimulator(w.id);
  // Parsing follows the model: a behaviour renamed above changes which column it reads.
  const imported = useMemo(() => (csv ? parseLeadsCsv(csv.text, q.engagement) : null), [csv, q.engagement]);
  const summary = useMemo(() => (imported ? scoreBatch(q, imported.leads) : null), [imported, q]);
  const { t } = useTranslation('qualifiedLead');

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    patch({ csv: { name: file.name, text: await file.text() } });
    input.value = ''; // the same file can be imported again after it was edited
  };

  return (
    <section className="card section" aria-labelledby="ql-batch-h">
      <div className="section-head">
        <h2 id="ql-batch-h">{t('batch.title')}</h2>
        {csv && (
          <button className="btn btn-sm" onClick={() => patch({ csv: null })}>
            <X size={16} aria-hidden="true" /> {t('batch.clear')}
          </button>
        )}
      </div>
      <p className="muted">{t('batch.intro', { behaviour: q.engagement[0]?.behaviour || t('batch.exampleBehaviour') })}</p>
      <div className="field ql-file">
        <label htmlFor="ql-csv">{t('batch.import')}</label>
        <input id="ql-csv" type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e)} />
      </div>
      {csv && imported && summary && (
        <>
          <p className="ql-batch-file">
            <strong>{csv.name}</strong>: {t('batch.scored', { count: summary.total })}
            {imported.skippedRows.length > 0 && t('batch.skipped', { count: imported.skippedRows.length })}.
          </p>
          {imported.problems.length > 0 && (
            <div className="callout callout-danger" role="alert" data-testid="ql-csv-problems">
              <strong>{t('batch.problems')}</strong>
              <ul>
                {imported.problems.map((p, i) => (
                  <li key={i}>{p.message}</li>
                ))}
              </ul>
            </div>
          )}
          {imported.ignoredColumns.length > 0 && (
            <div className="callout callout-warn">{t('batch.ignored', { columns: imported.ignoredColumns.join(', ') })}</div>
          )}
          {summary.total > 0 && (
            <>
              <p className="ql-batch-count" data-testid="ql-batch-count">
                <Trans
                  t={t}
                  i18nKey="batch.count"
                  count={summary.total}
                  values={{ mqls: summary.mqls, rate: formatPercent(summary.qualifyRate) }}
                  components={{ strong: <strong /> }}
                />
              </p>
              <ScoreGrid bands={summary.bands} counts={summary.cells} caption={t('batch.where')} />
              <BandNote bands={summary.bands} />
              <Projection
                qualifyRate={summary.qualifyRate}
                leadsPerMonth={leadsPerMonth}
                onLeadsPerMonth={(n) => patch({ leadsPerMonth: n })}
                commitment={mqlVolumeCommitment(w)}
              />
              <BatchResults results={summary.results} />
            </>
          )}
        </>
      )}
    </section>
  );
}
