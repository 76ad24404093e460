import { useMemo, useState } from 'react';
import { ArrowRight, Plus, X } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import { useCheckMessage } from '../../i18n/gaps';
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
  const { t } = useTranslation(['feedback', 'app']);
  const say = useCheckMessage();
  const problem = thresholdsProblem(f.thresholds);

  const addPeriod = () => {
    const p = nextPeriod(f.periods, reportingUnit(commitments), w.sla.effectiveDate || localToday());
    update((d) => void d.feedback.periods.push(p));
    requestAnimationFrame(() => document.getElementById(`actual-${p.id}-${commitments[0]?.id}`)?.focus());
  };
  const removePeriod = (id: string) => {
    const before = w;
    const label = f.periods.find((p) => p.id === id)?.label || t('compliance.thePeriod');
    update((d) => void (d.feedback.periods = d.feedback.periods.filter((p) => p.id !== id)));
    showToast({ message: t('compliance.removed', { label }), action: { label: t('app:common.undo'), run: () => replace(before) } });
  };

  return (
    <section className="card section" aria-labelledby="compliance-h">
      <div className="section-head">
        <h2 id="compliance-h">{t('compliance.title')}</h2>
        <div className="row">
          <button className="btn" onClick={addPeriod} disabled={commitments.length === 0}><Plus size={18} aria-hidden="true" /> {t('compliance.addPeriod')}</button>
          {commitments.length > 0 && <CsvImport onImported={setOutcome} />}
        </div>
      </div>
      <p className="compliance-intro"><Trans t={t} i18nKey="compliance.intro" components={{ em: <em />, strong: <strong />, b: <strong /> }} /></p>
      {commitments.length === 0 && (
        <div className="callout callout-info row">
          <span>{t('compliance.noCommitments')}</span>
          <button className="btn btn-sm" onClick={() => navigate({ name: 'workshop', workshopId: w.id, step: 'sla' })}>{t('compliance.toStep7')} <ArrowRight size={16} aria-hidden="true" /></button>
        </div>
      )}
      <fieldset className="thresholds">
        <legend className="field-label">{t('compliance.thresholds')}</legend>
        <NumberField id="threshold-met" label={t('compliance.metFrom')} unit={t('compliance.ofTarget')} value={f.thresholds.met} min={1} max={1000}
          onChange={(v) => v !== null && update((d) => void (d.feedback.thresholds.met = v))} />
        <NumberField id="threshold-atRisk" label={t('compliance.atRiskFrom')} unit={t('compliance.ofTarget')} value={f.thresholds.atRisk} min={0} max={1000}
          onChange={(v) => v !== null && update((d) => void (d.feedback.thresholds.atRisk = v))} />
        <p className="muted thresholds-note">{t('compliance.belowIsMissed')}</p>
        {problem && <span className="field-error" role="alert">{say(problem)}</span>}
      </fieldset>
      {outcome && (
        <div className={`callout ${outcome.errors.length > 0 ? 'callout-warn' : 'callout-ok'} import-outcome`} role="status" data-testid="import-outcome">
          <div className="row">
            <strong className="spacer">
              {outcome.periods.length > 0 ? t('compliance.imported', { count: outcome.periods.length, file: outcome.fileName }) : t('compliance.nothingImported', { file: outcome.fileName })}
              {outcome.skippedRows.length > 0 && t('compliance.skipped', { count: outcome.skippedRows.length })}
            </strong>
            <button className="btn btn-ghost btn-sm icon-btn" aria-label={t('compliance.dismissSummary')} onClick={() => setOutcome(null)}><X size={16} /></button>
          </div>
          {outcome.errors.length > 0 && <ul>{outcome.errors.map((e, i) => <li key={i}>{describeRowError(e)}</li>)}</ul>}
        </div>
      )}
      {periods.length === 0 ? (
        commitments.length > 0 && (
          <p className="muted">{t('compliance.noPeriods')}</p>
        )
      ) : (
        <ActualsGrid periods={periods} rows={rows}
          onPeriod={(id, patch) => update((d) => void Object.assign(d.feedback.periods.find((p) => p.id === id)!, patch))}
          onActual={(pid, cid, v) => update((d) => void (d.feedback.periods.find((p) => p.id === pid)!.actuals[cid] = v))}
          onRemove={removePeriod} />
      )}
      {periods.length > 0 && rows.length > 0 && (
        <>
          <h3>{t('compliance.byCommitment')}</h3>
          <p className="muted chart-legend">{t('compliance.chartLegend', { atRisk: f.thresholds.atRisk })}</p>
          <CommitmentCards rows={rows} periods={periods} thresholds={f.thresholds} />
        </>
      )}
    </section>
  );
}
