import { useMemo, useState } from 'react';
import { ArrowRight, Plus, X } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import { complianceRows, periodsInOrder, type LogSettings } from '../../../shared/compliance/status';
import { nextPeriod } from '../../../shared/compliance/periods';
import { LOG_UNITS, type LogUnit } from '../../../shared/workshop/steps/feedback';
import { WEEKDAYS, type Weekday } from '../../../shared/workshop/steps/sla';
import { LANGUAGES, type Language } from '../../../shared/workshop/schema';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { useRoute } from '../../app/route';
import { showUndoToast } from '../../app/undoToast';
import { SelectField } from '../../ui/fields';
import { ActualsGrid } from './ActualsGrid';
import { CommitmentCards } from './CommitmentCards';
import { CsvImport, type ImportOutcome } from './CsvImport';
import { rowErrorText } from './complianceWords';
import { localIsoDate } from '../../../shared/calendar/dates';

/** The compliance log: actuals per period in the log's unit, each commitment judged in its own period. */
export function ComplianceSection() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const navigate = useRoute((s) => s.navigate);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const f = w.feedback;
  const commitments = w.sla.commitments;
  const settings: LogSettings = useMemo(() => ({ logUnit: f.logUnit, weekStartsOn: w.sla.weekStartsOn }), [f.logUnit, w.sla.weekStartsOn]);
  const periods = useMemo(() => periodsInOrder(f.periods), [f.periods]);
  const rows = useMemo(() => complianceRows(commitments, f.periods, settings), [commitments, f.periods, settings]);
  const { t, i18n } = useTranslation(['feedback', 'app', 'sla']);
  const lng = i18n.resolvedLanguage ?? i18n.language;
  const language: Language = (LANGUAGES as readonly string[]).includes(lng) ? (lng as Language) : 'en';

  const addPeriod = () => {
    const p = nextPeriod(f.periods, f.logUnit, w.sla.effectiveDate || localIsoDate(), w.sla.weekStartsOn, undefined, w.language);
    update((d) => void d.feedback.periods.push(p));
    requestAnimationFrame(() => document.getElementById(`actual-${p.id}-${commitments[0]?.id}`)?.focus());
  };
  const removePeriod = (id: string) => {
    const label = f.periods.find((p) => p.id === id)?.label || t('compliance.thePeriod');
    const undoId = update((d) => void (d.feedback.periods = d.feedback.periods.filter((p) => p.id !== id)));
    showUndoToast(t('compliance.removed', { label }), undoId);
  };

  return (
    <section className="card section" aria-labelledby="compliance-h">
      <div className="section-head">
        <h2 id="compliance-h">{t('compliance.title')}</h2>
        <div className="row">
          <button className="btn" onClick={addPeriod} disabled={commitments.length === 0}>
            <Plus size={18} aria-hidden="true" /> {t('compliance.addPeriod')}
          </button>
          {commitments.length > 0 && <CsvImport unit={f.logUnit} onImported={setOutcome} />}
        </div>
      </div>
      <p className="compliance-intro">
        <Trans t={t} i18nKey="compliance.intro" components={{ em: <em />, strong: <strong />, b: <strong /> }} />
      </p>
      {commitments.length === 0 && (
        <div className="callout callout-info row">
          <span>{t('compliance.noCommitments')}</span>
          <button className="btn btn-sm" onClick={() => navigate({ name: 'workshop', workshopId: w.id, step: 'sla' })}>
            {t('compliance.toStep7')} <ArrowRight size={16} aria-hidden="true" />
          </button>
        </div>
      )}
      <div className="log-settings">
        <SelectField<LogUnit>
          id="log-unit"
          label={t('compliance.logUnit')}
          value={f.logUnit}
          disabled={f.periods.length > 0}
          hint={f.periods.length > 0 ? t('compliance.logUnitLocked') : undefined}
          options={LOG_UNITS.map((u) => ({ value: u, label: t(`compliance.logUnitOption.${u}`) }))}
          onChange={(logUnit) => update((d) => void (d.feedback.logUnit = logUnit))}
        />
        <SelectField<Weekday>
          id="week-starts-on"
          label={t('compliance.weekStartsOn')}
          value={w.sla.weekStartsOn}
          options={WEEKDAYS.map((d) => ({ value: d, label: t(`sla:rhythm.weekday.${d}`) }))}
          onChange={(day) => update((d) => void (d.sla.weekStartsOn = day))}
        />
      </div>
      {outcome && (
        <div
          className={`callout ${outcome.errors.length > 0 ? 'callout-warn' : 'callout-ok'} import-outcome`}
          role="status"
          data-testid="import-outcome"
        >
          <div className="row">
            <strong className="spacer">
              {outcome.periods.length > 0
                ? t('compliance.imported', { count: outcome.periods.length, file: outcome.fileName })
                : t('compliance.nothingImported', { file: outcome.fileName })}
              {outcome.skippedRows.length > 0 && t('compliance.skipped', { count: outcome.skippedRows.length })}
            </strong>
            <button className="btn btn-ghost btn-sm icon-btn" aria-label={t('compliance.dismissSummary')} onClick={() => setOutcome(null)}>
              <X size={16} />
            </button>
          </div>
          {outcome.errors.length > 0 && (
            <ul>
              {outcome.errors.map((e, i) => (
                <li key={i}>{rowErrorText(t, e)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {periods.length === 0 ? (
        commitments.length > 0 && <p className="muted">{t('compliance.noPeriods')}</p>
      ) : (
        <ActualsGrid
          periods={periods}
          rows={rows}
          logUnit={f.logUnit}
          weekStartsOn={w.sla.weekStartsOn}
          language={language}
          onPeriod={(id, patch) =>
            update(
              (d) =>
                void Object.assign(
                  d.feedback.periods.find((p) => p.id === id)!,
                  patch,
                ),
            )
          }
          onActual={(pid, cid, v) => update((d) => void (d.feedback.periods.find((p) => p.id === pid)!.actuals[cid] = v))}
          onRemove={removePeriod}
        />
      )}
      {periods.length > 0 && rows.length > 0 && (
        <>
          <h3>{t('compliance.byCommitment')}</h3>
          <p className="muted chart-legend">{t('compliance.chartLegend')}</p>
          <CommitmentCards rows={rows} periods={periods} logUnit={f.logUnit} weekStartsOn={w.sla.weekStartsOn} language={language} />
        </>
      )}
    </section>
  );
}
