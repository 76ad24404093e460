import { useEffect, useRef, useState } from 'react';
import { Upload } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CsvImport as ImportResult } from '../../../shared/compliance/csv';
import { mappingProblems, proposeMapping, targetOptions, type CsvTarget } from '../../../shared/compliance/csvMapping';
import { mergePeriods } from '../../../shared/compliance/periods';
import type { LogUnit } from '../../../shared/workshop/steps/feedback';
import { mappingProblemText, targetOptionLabel } from './complianceWords';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showToast } from '../../app/toastStore';
import { showUndoToast } from '../../app/undoToast';
import { Modal } from '../../ui/Modal';
import { peekCsv, type CsvPeek } from '../../csv/actualsBatch';
import { importActualsInWorker, type CsvJob } from '../../csv/csvClient';
import { CsvProgress, megabytes } from '../../csv/CsvProgress';
import { useRefusalText } from '../../csv/refusalText';

export interface ImportOutcome extends ImportResult {
  fileName: string;
}

/**
 * Import actuals from a CRM export: pick the file, confirm the column mapping once (shown from
 * the file's first bytes), import: the file is streamed in a worker with progress and a way to
 * stop, so an export of any size never sits whole in memory.
 */
export function CsvImport({ unit, onImported }: { unit: LogUnit; onImported(outcome: ImportOutcome): void }) {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; blob: Blob; peek: CsvPeek } | null>(null);
  const [reading, setReading] = useState<{ bytesRead: number; totalBytes: number; job: CsvJob<unknown> } | null>(null);
  const refusalText = useRefusalText();
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => void (live.current = false);
  }, []);
  const [mapping, setMapping] = useState<Record<string, CsvTarget>>({});
  const commitments = w.sla.commitments;
  const { t } = useTranslation(['feedback', 'app', 'sla']);

  const pick = async (f: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!f) return;
    const peeked = await peekCsv(f);
    if (!peeked.ok) {
      const r = peeked.refusal;
      showToast({
        tone: 'error',
        message: r.code === 'noDataRows' ? `${f.name}: ${t('csv.fileError.noDataRows')}` : refusalText(f.name, r),
      });
      return;
    }
    setMapping(proposeMapping(peeked.peek.headers, commitments, w.feedback.csvMapping));
    setFile({ name: f.name, blob: f, peek: peeked.peek });
  };

  const problems = mappingProblems(mapping, commitments);
  const options = targetOptions(commitments);
  const run = async () => {
    if (!file || problems.length > 0 || reading) return;
    const job = importActualsInWorker(file.blob, { mapping, commitments: [...commitments], unit }, (bytesRead, totalBytes) => {
      if (live.current) setReading({ bytesRead, totalBytes, job });
    });
    setReading({ bytesRead: 0, totalBytes: file.blob.size, job });
    let outcome: Awaited<typeof job.result>;
    try {
      outcome = await job.result;
    } catch {
      outcome = null;
    }
    if (!live.current) return;
    setReading(null);
    if (outcome === null || (outcome.ok && outcome.summary.partial)) {
      showToast({ tone: 'info', message: t('csv.stopped', { file: file.name }) });
      return;
    }
    if (!outcome.ok) {
      showToast({ tone: 'error', message: refusalText(file.name, outcome.refusal) });
      setFile(null);
      return;
    }
    const result = outcome.summary;
    const undoId = update((d) => {
      d.feedback.periods = mergePeriods(d.feedback.periods, result.periods).slice(-520);
      // Headers longer than the schema allows are simply not remembered.
      for (const [h, t] of Object.entries(mapping)) if (h.length <= 200) d.feedback.csvMapping[h] = t;
    });
    if (result.periods.length > 0) showUndoToast(t('csv.imported', { count: result.periods.length, file: file.name }), undoId);
    onImported({ periods: result.periods, errors: result.errors, skippedRows: result.skippedRows, fileName: file.name });
    setFile(null);
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        className="sr-only"
        tabIndex={-1}
        aria-label={t('csv.fileLabel')}
        onChange={(e) => void pick(e.target.files?.[0])}
      />
      <button className="btn" onClick={() => input.current?.click()}>
        <Upload size={18} aria-hidden="true" /> {t('csv.import')}
      </button>
      {file && (
        <Modal
          open
          onOpenChange={(open) => {
            if (open) return;
            reading?.job.cancel();
            setFile(null);
          }}
          wide
          title={t('csv.mapTitle', { file: file.name })}
          description={t('csv.mapDescription')}
        >
          <table className="table csv-mapping">
            <thead>
              <tr>
                <th scope="col">{t('csv.column')}</th>
                <th scope="col">{t('csv.firstValue')}</th>
                <th scope="col">{t('csv.holds')}</th>
              </tr>
            </thead>
            <tbody>
              {file.peek.headers.map((h, i) => (
                <tr key={h}>
                  <th scope="row">{h}</th>
                  <td className="csv-sample">{file.peek.firstRow[i] ?? ''}</td>
                  <td>
                    <select
                      className="select"
                      aria-label={t('csv.columnHolds', { header: h })}
                      value={mapping[h] ?? 'ignore'}
                      onChange={(e) => setMapping({ ...mapping, [h]: e.target.value as CsvTarget })}
                    >
                      {options.map((o) => (
                        <option key={o.value} value={o.value}>
                          {targetOptionLabel(t, o)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {problems.length > 0 && (
            <div className="callout callout-warn" role="status" id="csv-mapping-problems">
              <ul>
                {problems.map((p) => (
                  <li key={JSON.stringify(p)}>{mappingProblemText(t, p, options)}</li>
                ))}
              </ul>
            </div>
          )}
          <p className="muted">
            {file.peek.rows !== null ? t('csv.rows', { count: file.peek.rows }) : t('csv.rowsUnknown', { size: megabytes(file.blob.size) })}
          </p>
          {reading && <CsvProgress bytesRead={reading.bytesRead} totalBytes={reading.totalBytes} onCancel={() => reading.job.cancel()} />}
          <div className="modal-actions">
            <button
              className="btn"
              onClick={() => {
                reading?.job.cancel();
                setFile(null);
              }}
            >
              {t('app:common.cancel')}
            </button>
            <button
              className="btn btn-primary"
              onClick={() => void run()}
              disabled={problems.length > 0 || reading !== null}
              aria-describedby={problems.length > 0 ? 'csv-mapping-problems' : undefined}
            >
              {file.peek.rows !== null ? t('csv.importRows', { count: file.peek.rows }) : t('csv.importAll')}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
