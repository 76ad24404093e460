import { useRef, useState } from 'react';
import { Upload } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { importActuals, parseCsv, type CsvImport as ImportResult, type ParsedCsv } from '../../../shared/compliance/csv';
import { mappingProblems, proposeMapping, targetOptions, type CsvTarget } from '../../../shared/compliance/csvMapping';
import { mergePeriods } from '../../../shared/compliance/periods';
import type { LogUnit } from '../../../shared/workshop/steps/feedback';
import { mappingProblemText, targetOptionLabel } from './complianceWords';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showToast } from '../../app/toastStore';
import { showUndoToast } from '../../app/undoToast';
import { Modal } from '../../ui/Modal';

export interface ImportOutcome extends ImportResult {
  fileName: string;
}

/** Import actuals from a CRM export: pick the file, confirm the column mapping once, import. */
export function CsvImport({ unit, onImported }: { unit: LogUnit; onImported(outcome: ImportOutcome): void }) {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; csv: ParsedCsv } | null>(null);
  const [mapping, setMapping] = useState<Record<string, CsvTarget>>({});
  const commitments = w.sla.commitments;
  const { t } = useTranslation(['feedback', 'app', 'sla']);

  const pick = async (f: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!f) return;
    const parsed = parseCsv(await f.text());
    if (!parsed.ok) {
      showToast({ tone: 'error', message: `${f.name}: ${t(`csv.fileError.${parsed.code}`)}` });
      return;
    }
    setMapping(proposeMapping(parsed.csv.headers, commitments, w.feedback.csvMapping));
    setFile({ name: f.name, csv: parsed.csv });
  };

  const problems = mappingProblems(mapping, commitments);
  const options = targetOptions(commitments);
  const run = () => {
    if (!file || problems.length > 0) return;
    const result = importActuals(file.csv, mapping, commitments, unit);
    const undoId = update((d) => {
      d.feedback.periods = mergePeriods(d.feedback.periods, result.periods).slice(-520);
      // Headers longer than the schema allows are simply not remembered.
      for (const [h, t] of Object.entries(mapping)) if (h.length <= 200) d.feedback.csvMapping[h] = t;
    });
    if (result.periods.length > 0) showUndoToast(t('csv.imported', { count: result.periods.length, file: file.name }), undoId);
    onImported({ ...result, fileName: file.name });
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
          onOpenChange={(open) => !open && setFile(null)}
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
              {file.csv.headers.map((h, i) => (
                <tr key={h}>
                  <th scope="row">{h}</th>
                  <td className="csv-sample">{file.csv.rows[0]?.cells[i] ?? ''}</td>
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
          <p className="muted">{t('csv.rows', { count: file.csv.rows.length })}</p>
          <div className="modal-actions">
            <button className="btn" onClick={() => setFile(null)}>
              {t('app:common.cancel')}
            </button>
            <button
              className="btn btn-primary"
              onClick={run}
              disabled={problems.length > 0}
              aria-describedby={problems.length > 0 ? 'csv-mapping-problems' : undefined}
            >
              {t('csv.importRows', { count: file.csv.rows.length })}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
