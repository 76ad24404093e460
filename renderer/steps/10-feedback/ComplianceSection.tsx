import { useMemo, useState } from 'react';
import { ArrowRight, Plus, X } from 'lucide-react';
import { complianceRows, periodsInOrder, thresholdsProblem } from '../../../shared/compliance/status';
import { nextPeriod, reportingUnit } from '../../../shared/compliance/periods';
import { describeRowError } from '../../../shared/compliance/csv';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { useRoute } from '../../app/route';
import { showToast } from '../../app/toastStore';
import { NumberField } from '../../ui/fields';
import { ActualsGrid } from './ActualsGrid';
import { CommitmentCards } from './CommitmentCards';
import { CsvImport, type ImportOutcome } from './CsvImport';
import { localToday } from './local';

export function ComplianceSection() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const replace = useWorkshop((s) => s.replace);
  const navigate = useRoute((s) => s.navigate);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const f = w.feedback;
  const commitments = w.sla.commitments;
  const periods = useMemo(() => periodsInOrder(f.periods), [f.periods]);
  const rows = useMemo(() => complianceRows(commitments, f.periods, f.thresholds), [commitments, f.periods, f.thresholds]);
  const problem = thresholdsProblem(f.thresholds);

  const addPeriod = () => {
    const p = nextPeriod(f.periods, reportingUnit(commitments), w.sla.effectiveDate || localToday());
    update((d) => void d.feedback.periods.push(p));
    requestAnimationFrame(() => document.getElementById(`actual-${p.id}-${commitments[0]?.id}`)?.focus());
  };
  const removePeriod = (id: string) => {
    const before = w;
    const label = f.periods.find((p) => p.id === id)?.label || 'the period';
    update((d) => void (d.feedback.periods = d.feedback.periods.filter((p) => p.id !== id)));
    showToast({ message: `Removed ${label}.`, action: { label: 'Undo', run: () => replace(before) } });
  };

  return (
    <section className="card section" aria-labelledby="compliance-h">
      <div className="section-head">
        <h2 id="compliance-h">Compliance log</h2>
        <div className="row">
          <button className="btn" onClick={addPeriod} disabled={commitments.length === 0}><Plus size={18} aria-hidden="true" /> Add period</button>
          {commitments.length > 0 && <CsvImport onImported={setOutcome} />}
        </div>
      </div>
      <p className="compliance-intro">
        Each period, type what happened against every SLA commitment, or import your CRM’s report. Volume and lead quality are compared
        with their own targets. First touch, follow-up attempts and disposition are promised for <em>every</em> lead, so their actual is
        the <strong>% of leads handled in time</strong> and the target is <strong>100 % of leads</strong>.
      </p>
      {commitments.length === 0 && (
        <div className="callout callout-info row">
          <span>Step 7 has no SLA commitments yet: there is nothing to log against.</span>
          <button className="btn btn-sm" onClick={() => navigate({ name: 'workshop', workshopId: w.id, step: 'sla' })}>Go to step 7 <ArrowRight size={16} aria-hidden="true" /></button>
        </div>
      )}
      <fieldset className="thresholds">
        <legend className="field-label">Status thresholds</legend>
        <NumberField id="threshold-met" label="Met from" unit="% of target" value={f.thresholds.met} min={1} max={1000}
          onChange={(v) => v !== null && update((d) => void (d.feedback.thresholds.met = v))} />
        <NumberField id="threshold-atRisk" label="At risk from" unit="% of target" value={f.thresholds.atRisk} min={0} max={1000}
          onChange={(v) => v !== null && update((d) => void (d.feedback.thresholds.atRisk = v))} />
        <p className="muted thresholds-note">Below “at risk from” is missed.</p>
        {problem && <span className="field-error" role="alert">{problem}</span>}
      </fieldset>
      {outcome && (
        <div className={`callout ${outcome.errors.length > 0 ? 'callout-warn' : 'callout-ok'} import-outcome`} role="status" data-testid="import-outcome">
          <div className="row">
            <strong className="spacer">
              {outcome.periods.length > 0 ? `Imported ${outcome.periods.length} period${outcome.periods.length === 1 ? '' : 's'} from ${outcome.fileName}.` : `Nothing imported from ${outcome.fileName}.`}
              {outcome.skippedRows.length > 0 && ` Skipped ${outcome.skippedRows.length} row${outcome.skippedRows.length === 1 ? '' : 's'}:`}
            </strong>
            <button className="btn btn-ghost btn-sm icon-btn" aria-label="Dismiss the import summary" onClick={() => setOutcome(null)}><X size={16} /></button>
          </div>
          {outcome.errors.length > 0 && <ul>{outcome.errors.map((e, i) => <li key={i}>{describeRowError(e)}</li>)}</ul>}
        </div>
      )}
      {periods.length === 0 ? (
        commitments.length > 0 && (
          <p className="muted">
            No periods yet. After the first month of the pilot, add a period and type the actuals, or import the CRM report — for example
            Northwind delivered 165 MQLs in January against 180 committed: 92 % of target, at risk.
          </p>
        )
      ) : (
        <ActualsGrid periods={periods} rows={rows}
          onPeriod={(id, patch) => update((d) => void Object.assign(d.feedback.periods.find((p) => p.id === id)!, patch))}
          onActual={(pid, cid, v) => update((d) => void (d.feedback.periods.find((p) => p.id === pid)!.actuals[cid] = v))}
          onRemove={removePeriod} />
      )}
      {periods.length > 0 && rows.length > 0 && (
        <>
          <h3>By commitment</h3>
          <p className="muted chart-legend">
            Charts show each period as % of target: the dashed line is 100 % (target), the dotted line the at-risk threshold
            ({f.thresholds.atRisk} %). Markers: ● met, ◆ at risk, ■ missed — the status is also written under each period.
          </p>
          <CommitmentCards rows={rows} periods={periods} thresholds={f.thresholds} />
        </>
      )}
    </section>
  );
}
