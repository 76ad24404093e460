import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { X } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../i18n/format';
import { mqlVolumeCommitment } from '../../../shared/scoring/batch';
import type { ScoringModel } from '../../../shared/scoring/score';
import { scoreLeadsInWorker, type CsvJob } from '../../csv/csvClient';
import { CsvProgress } from '../../csv/CsvProgress';
import type { LeadBatchOutcome, LeadBatchSummary } from '../../csv/leadBatch';
import { useRefusalText } from '../../csv/refusalText';
import { showUndoToast } from '../../app/undoToast';
import { BandNote, ScoreGrid } from './ScoreGrid';
import { BatchResults } from './BatchResults';
import { Projection } from './Projection';
import { ScoreHistogram } from './ScoreHistogram';
import { useSimulator } from './simulatorStore';
import { useModel } from './useModel';

type Reading = { bytesRead: number; totalBytes: number; cancel(): void };

/** What scoring reads from the step: the rest (SQL criteria, notes) does not re-score the batch. */
const scoringModel = (q: ScoringModel): ScoringModel => ({
  fit: q.fit,
  engagement: q.engagement,
  negative: q.negative,
  decay: q.decay,
  mqlThreshold: q.mqlThreshold,
  minimumFit: q.minimumFit,
  minimumEngagement: q.minimumEngagement,
});

/**
 * A CSV of real leads scored at once: how many qualify, where they fall, how the scores spread,
 * what that means per month. The file is streamed in a worker (any size up to the declared limit)
 * and scored again when the model changes; only aggregates come back.
 */
export function BatchSimulator() {
  const { w, q, edit } = useModel();
  const { csv, leadsPerMonth, patch } = useSimulator(w.id);
  const { t } = useTranslation('qualifiedLead');
  const refusalText = useRefusalText();
  const [outcome, setOutcome] = useState<{ file: Blob; result: LeadBatchOutcome | 'failed' } | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  const model = scoringModel(q);
  const modelKey = JSON.stringify(model);
  const job = useRef<CsvJob<LeadBatchOutcome | null> | null>(null);

  // Parsing follows the model: a behaviour renamed above changes which column it reads.
  useEffect(() => {
    if (!csv) {
      setOutcome(null);
      return;
    }
    let live = true;
    // Typing a threshold re-scores once the typing pauses, not per keystroke.
    const timer = setTimeout(() => {
      const j = scoreLeadsInWorker(csv.file, JSON.parse(modelKey) as ScoringModel, (bytesRead, totalBytes) => {
        if (live) setReading({ bytesRead, totalBytes, cancel: j.cancel });
      });
      job.current = j;
      setReading({ bytesRead: 0, totalBytes: csv.file.size, cancel: j.cancel });
      j.result
        .then((result) => live && result && setOutcome({ file: csv.file, result }))
        .catch(() => live && setOutcome({ file: csv.file, result: 'failed' }))
        .finally(() => live && setReading(null));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
      job.current?.cancel();
      job.current = null;
    };
  }, [csv, modelKey]);

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setOutcome(null);
    patch({ csv: { name: file.name, file } });
    input.value = ''; // the same file can be imported again after it was edited
  };

  const applyThreshold = (threshold: number) => {
    const label = t('batch.histogram.applied', { threshold: formatNumber(threshold) });
    showUndoToast(
      label,
      edit((d) => void (d.mqlThreshold = threshold), { label }),
    );
  };

  // A result for an earlier file is not shown under a new one.
  const result = outcome && csv && outcome.file === csv.file ? outcome.result : null;
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
        <input id="ql-csv" type="file" accept=".csv,text/csv" onChange={onFile} />
      </div>
      {csv && reading && <CsvProgress bytesRead={reading.bytesRead} totalBytes={reading.totalBytes} onCancel={reading.cancel} />}
      {csv && result === 'failed' && (
        <div className="callout callout-danger" role="alert">
          {t('batch.failed', { file: csv.name })}
        </div>
      )}
      {csv && result && result !== 'failed' && !result.ok && (
        <div className="callout callout-danger" role="alert" data-testid="ql-csv-refused">
          {result.refusal.code === 'noHeader' ? t('batch.noHeader', { file: csv.name }) : refusalText(csv.name, result.refusal)}
        </div>
      )}
      {csv && result && result !== 'failed' && result.ok && (
        <Summary
          name={csv.name}
          s={result.summary}
          threshold={q.mqlThreshold}
          onApplyThreshold={applyThreshold}
          projection={
            <Projection
              qualifyRate={result.summary.qualifyRate}
              leadsPerMonth={leadsPerMonth}
              onLeadsPerMonth={(n) => patch({ leadsPerMonth: n })}
              commitment={mqlVolumeCommitment(w)}
            />
          }
        />
      )}
    </section>
  );
}

function Summary({
  name,
  s,
  threshold,
  onApplyThreshold,
  projection,
}: {
  name: string;
  s: LeadBatchSummary;
  threshold: number;
  onApplyThreshold(threshold: number): void;
  projection: ReactNode;
}) {
  const { t } = useTranslation('qualifiedLead');
  return (
    <>
      <p className="ql-batch-file">
        <strong>{name}</strong>: {t('batch.scored', { count: s.total })}
        {s.skippedCount > 0 && t('batch.skipped', { count: s.skippedCount })}.
      </p>
      {s.partial && (
        <div className="callout callout-warn" role="status" data-testid="ql-csv-partial">
          {t('batch.partial', { pct: formatPercent(s.totalBytes ? s.bytesRead / s.totalBytes : 0) })}
        </div>
      )}
      {s.problems.length > 0 && (
        <div className="callout callout-danger" role="alert" data-testid="ql-csv-problems">
          <strong>{t('batch.problems')}</strong>
          <ul>
            {s.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
          {s.problemCount > s.problems.length && <p>{t('batch.moreProblems', { count: s.problemCount - s.problems.length })}</p>}
        </div>
      )}
      {s.ignoredColumns.length > 0 && (
        <div className="callout callout-warn">{t('batch.ignored', { columns: s.ignoredColumns.join(', ') })}</div>
      )}
      {s.total > 0 && (
        <>
          <p className="ql-batch-count" data-testid="ql-batch-count">
            <Trans
              t={t}
              i18nKey="batch.count"
              count={s.total}
              values={{ mqls: s.mqls, rate: formatPercent(s.qualifyRate) }}
              components={{ strong: <strong /> }}
            />
          </p>
          <ScoreHistogram distribution={s.distribution} threshold={threshold} onApply={onApplyThreshold} />
          <ScoreGrid bands={s.bands} counts={s.cells} caption={t('batch.where')} />
          <BandNote bands={s.bands} />
          {projection}
          <BatchResults results={s.sample} total={s.total} />
        </>
      )}
    </>
  );
}
