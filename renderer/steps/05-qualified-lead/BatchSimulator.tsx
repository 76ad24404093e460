import { useMemo, type ChangeEvent } from 'react';
import { X } from 'lucide-react';
import { parseLeadsCsv } from '../../../shared/scoring/csv';
import { mqlVolumeCommitment, scoreBatch } from '../../../shared/scoring/batch';
import { BandNote, ScoreGrid } from './ScoreGrid';
import { BatchResults } from './BatchResults';
import { Projection } from './Projection';
import { useSimulator } from './simulatorStore';
import { useModel } from './useModel';

const pct = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** A CSV of real leads scored at once: how many qualify, where they fall, what that means per month. */
export function BatchSimulator() {
  const { w, q } = useModel();
  const { csv, leadsPerMonth, patch } = useSimulator(w.id);
  // Parsing follows the model: a behaviour renamed above changes which column it reads.
  const imported = useMemo(() => (csv ? parseLeadsCsv(csv.text, q.engagement) : null), [csv, q.engagement]);
  const summary = useMemo(() => (imported ? scoreBatch(q, imported.leads) : null), [imported, q]);

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
        <h2 id="ql-batch-h">Simulate a batch of leads</h2>
        {csv && <button className="btn btn-sm" onClick={() => patch({ csv: null })}><X size={16} aria-hidden="true" /> Clear the batch</button>}
      </div>
      <p className="muted">
        Export last month’s leads as CSV with a header row: columns such as title, seniority, department, industry, companySize,
        annualRevenue, region, country, technology, email, daysSinceLastActivity, and one column per behaviour named as above
        (e.g. “{q.engagement[0]?.behaviour || 'Requested a demo'}”) holding how many times it happened.
      </p>
      <div className="field ql-file">
        <label htmlFor="ql-csv">Import sample leads (CSV)</label>
        <input id="ql-csv" type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e)} />
      </div>
      {csv && imported && summary && (
        <>
          <p className="ql-batch-file">
            <strong>{csv.name}</strong>: {summary.total} lead{summary.total === 1 ? '' : 's'} scored
            {imported.skippedRows.length > 0 && `, ${imported.skippedRows.length} row${imported.skippedRows.length === 1 ? '' : 's'} skipped`}.
          </p>
          {imported.problems.length > 0 && (
            <div className="callout callout-danger" role="alert" data-testid="ql-csv-problems">
              <strong>Rows left out — fix them in the file and import it again:</strong>
              <ul>{imported.problems.map((p, i) => <li key={i}>{p.message}</li>)}</ul>
            </div>
          )}
          {imported.ignoredColumns.length > 0 && (
            <div className="callout callout-warn">
              Columns not used (no lead field or behaviour has that name): {imported.ignoredColumns.join(', ')}.
            </div>
          )}
          {summary.total > 0 && (
            <>
              <p className="ql-batch-count" data-testid="ql-batch-count">
                <strong>{summary.mqls} of {summary.total}</strong> {summary.total === 1 ? 'lead qualifies as an MQL' : 'leads qualify as MQLs'} ({pct.format(summary.qualifyRate)}).
              </p>
              <ScoreGrid bands={summary.bands} counts={summary.cells} caption="Where the sample falls" />
              <BandNote bands={summary.bands} />
              <Projection qualifyRate={summary.qualifyRate} leadsPerMonth={leadsPerMonth} onLeadsPerMonth={(n) => patch({ leadsPerMonth: n })}
                commitment={mqlVolumeCommitment(w)} />
              <BatchResults results={summary.results} />
            </>
          )}
        </>
      )}
    </section>
  );
}
