import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowLeft, Calculator, CheckCircle2 } from 'lucide-react';
import { defaultFunnelInputs, diagramRates, ratesDifferingFromDiagram, revenueGoal } from '../../../shared/funnel/defaults';
import { MQL_CEILING, mqlsFor, periodFigure, reverseFunnel, type RateField } from '../../../shared/funnel/funnel';
import { FUNNEL_PERIODS, type FunnelChain, type FunnelInputs, type Period } from '../../../shared/workshop/steps/sla';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showUndoToast } from '../../app/undoToast';
import { NumberField, SelectField } from '../../ui/fields';
import { formatCurrency, formatNumber, formatPercentPoints } from '../../i18n/format';
import { funnelErrorText } from './slaWords';

const STAGES: { key: keyof FunnelChain; rate: RateField | null }[] = [
  { key: 'deals', rate: null },
  { key: 'opportunities', rate: 'winRate' },
  { key: 'sqls', rate: 'sqlToOpportunity' },
  { key: 'sals', rate: 'salToSql' },
  { key: 'mqls', rate: 'mqlToSal' },
];
const RATE_FIELDS: RateField[] = ['winRate', 'sqlToOpportunity', 'salToSql', 'mqlToSal'];
const COLUMN_KEY = { year: 'perYear', quarter: 'perQuarter', month: 'perMonth', week: 'perWeek' } as const;

const DIVIDED: Period[] = ['quarter', 'month', 'week'];
const COLUMNS: Period[] = ['year', 'quarter', 'month', 'week'];

/**
 * The reverse funnel: from the revenue goal back to the MQLs marketing must deliver, shown as
 * the yearly chain with each rate, and every period's figure divided from it (rounded up once).
 * "Use in SLA" writes each marketing MQL-volume commitment's figure in its own period and keeps
 * the inputs, so the PDF's appendix can show how the numbers were derived.
 */
export function CalculatorPanel({ locked }: { locked: boolean }) {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const inputs = useMemo(() => w.sla.calculator?.inputs ?? defaultFunnelInputs(w), [w]);
  const outcome = useMemo(() => reverseFunnel(inputs), [inputs]);
  const differs = useMemo(() => new Set(ratesDifferingFromDiagram(inputs, w.leadProcess)), [inputs, w.leadProcess]);
  const fromDiagram = useMemo(() => diagramRates(w.leadProcess), [w.leadProcess]);
  const goal = revenueGoal(w);
  const { t } = useTranslation('sla');
  const fmt = (v: number) => formatNumber(v);
  const volumes = w.sla.commitments.filter((c) => c.party === 'marketing' && c.kind === 'mqlVolume');
  const usable = outcome.ok && !outcome.result.aboveCeiling;
  const list = (items: string[]) => items.join(t('calc.listSeparator'));

  const set = (patch: Partial<FunnelInputs>) =>
    update((d) => {
      // New inputs no longer match the number in the SLA: it shows "used" again only after "Use in SLA".
      d.sla.calculator = { inputs: { ...(d.sla.calculator?.inputs ?? defaultFunnelInputs(d)), ...patch }, usedAt: null };
    });
  const percent = (v: number | null) => (v === null ? null : Math.round(v * 100_000) / 1000);
  const pct = (v: number | null) => formatPercentPoints(percent(v) ?? 0, 3);
  const errorOf = (field: string) => (outcome.ok ? undefined : outcome.errors.find((e) => e.field === field));
  const error = (field: string) => {
    const e = errorOf(field);
    return e ? funnelErrorText(t, e, inputs) : null;
  };

  const use = () => {
    if (!outcome.ok || !usable || volumes.length === 0) return;
    const undoId = update((d) => {
      // Every delivery is sized from the same yearly chain, each in its own period, so they agree.
      for (const c of d.sla.commitments)
        if (c.party === 'marketing' && c.kind === 'mqlVolume') c.target = mqlsFor(outcome.result, c.period);
      d.sla.calculator = { inputs, usedAt: new Date().toISOString() };
    });
    const targets = list(
      volumes.map((v) => t('calc.usedOne', { target: fmt(mqlsFor(outcome.result, v.period)), period: t(`calc.periodNoun.${v.period}`) })),
    );
    showUndoToast(t('calc.usedToast', { targets }), undoId, { label: t('status.undo') });
  };

  const rateField = (field: RateField | 'marketingShare') => (
    <div key={field} className="calc-rate">
      <NumberField
        id={`calc-${field}`}
        label={t(`calc.field.${field}`)}
        unit="%"
        value={percent(inputs[field])}
        min={0}
        max={100}
        disabled={locked}
        onChange={(v) => set({ [field]: v === null ? null : v / 100 })}
      />
      {field !== 'marketingShare' && differs.has(field) && (
        <p className="calc-differs" data-testid={`calc-differs-${field}`}>
          <span aria-hidden="true">◆</span> {t('calc.differs', { rate: pct(fromDiagram[field]) })}{' '}
          {!locked && (
            <button className="link-btn" onClick={() => set({ [field]: fromDiagram[field] })}>
              {t('calc.useDiagramRate')}
            </button>
          )}
        </p>
      )}
      {error(field) && (
        <p className="field-error" role="alert">
          {error(field)}
        </p>
      )}
    </div>
  );

  return (
    <section className="card section" aria-labelledby="calc-h">
      <div className="section-head">
        <h2 id="calc-h">
          <Calculator size={22} aria-hidden="true" /> {t('calc.title')}
        </h2>
        {w.sla.calculator?.usedAt && (
          <span className="calc-used">
            <CheckCircle2 size={16} aria-hidden="true" /> {t('calc.used')}
          </span>
        )}
      </div>
      <p className="muted">
        {t('calc.introAndGoal', {
          intro: t('calc.intro'),
          goal: goal ? t('calc.goalFrom', { title: goal.title, amount: formatCurrency(goal.target, w.goals.currency) }) : t('calc.noGoal'),
        })}
      </p>
      <div className="calc-grid">
        <div>
          <NumberField
            id="calc-revenueGoal"
            label={t('calc.field.revenueGoal')}
            unit={w.goals.currency}
            value={inputs.revenueGoal}
            min={0}
            disabled={locked}
            onChange={(v) => set({ revenueGoal: v })}
          />
          {error('revenueGoal') && (
            <p className="field-error" role="alert">
              {error('revenueGoal')}
            </p>
          )}
        </div>
        <SelectField
          id="calc-period"
          label={t('calc.goalPeriod')}
          value={inputs.period}
          disabled={locked}
          options={FUNNEL_PERIODS.map((p) => ({ value: p, label: t(`calc.period.${p}`) }))}
          onChange={(period) => set({ period })}
        />
        {rateField('marketingShare')}
        <div>
          <NumberField
            id="calc-averageDealSize"
            label={t('calc.field.averageDealSize')}
            unit={w.goals.currency}
            value={inputs.averageDealSize}
            min={0}
            disabled={locked}
            onChange={(v) => set({ averageDealSize: v })}
          />
          {error('averageDealSize') && (
            <p className="field-error" role="alert">
              {error('averageDealSize')}
            </p>
          )}
        </div>
        {RATE_FIELDS.map(rateField)}
        <NumberField
          id="calc-salesReps"
          label={t('calc.field.salesReps')}
          unit={t('calc.people')}
          integer
          min={1}
          max={10_000}
          value={inputs.salesReps}
          disabled={locked}
          onChange={(v) => set({ salesReps: v })}
        />
        <NumberField
          id="calc-workingDays"
          label={t('calc.field.workingDaysPerMonth')}
          integer
          min={1}
          max={31}
          value={inputs.workingDaysPerMonth}
          disabled={locked}
          onChange={(v) => v !== null && set({ workingDaysPerMonth: v })}
        />
        <div>
          <NumberField
            id="calc-paceDay"
            label={t('calc.field.paceDay')}
            integer
            min={1}
            max={31}
            value={inputs.paceDay}
            disabled={locked}
            onChange={(v) => v !== null && set({ paceDay: v })}
          />
          {error('paceDay') && (
            <p className="field-error" role="alert">
              {error('paceDay')}
            </p>
          )}
        </div>
      </div>

      {outcome.ok ? (
        <>
          <div className="funnel-chain" role="table" aria-label={t('calc.chain')} data-testid="funnel-chain">
            <div role="row" className="funnel-row funnel-wide funnel-head">
              <span role="columnheader">{t('calc.col.stage')}</span>
              <span role="columnheader">{t('calc.col.rate')}</span>
              {COLUMNS.map((p) => (
                <span key={p} role="columnheader" className="num">
                  {t(`calc.col.${COLUMN_KEY[p]}`)}
                </span>
              ))}
              <span role="columnheader" className="num">
                {t('calc.col.perRep')}
              </span>
            </div>
            {STAGES.map((s) => (
              <div role="row" key={s.key} className="funnel-row funnel-wide">
                <span role="cell">
                  <strong>{t(`calc.stage.${s.key}`)}</strong>
                </span>
                <span role="cell">
                  {s.rate ? (
                    <>
                      <ArrowLeft size={14} aria-hidden="true" /> {t('calc.divideBy', { rate: pct(inputs[s.rate]) })}
                    </>
                  ) : (
                    t('calc.firstStage', { share: pct(inputs.marketingShare) })
                  )}
                </span>
                {COLUMNS.map((p) => (
                  <span key={p} role="cell" className="num">
                    {p === 'year' ? <strong>{fmt(outcome.result.yearly[s.key])}</strong> : fmt(outcome.result.byPeriod[p][s.key])}
                  </span>
                ))}
                <span role="cell" className="num">
                  {outcome.result.perRepPerMonth ? fmt(outcome.result.perRepPerMonth[s.key]) : '—'}
                </span>
              </div>
            ))}
          </div>
          <div data-testid="calc-derivation">
            <strong>{t('calc.derivationTitle')}</strong>
            <ul className="calc-derivation">
              {DIVIDED.map((p) => {
                const f = periodFigure(outcome.result.yearly.mqls, p);
                return (
                  <li key={p}>
                    {t('calc.derivation', {
                      period: t(`calc.periodNoun.${p}`),
                      yearly: fmt(f.yearly),
                      n: f.periodsPerYear,
                      exact: formatNumber(f.yearly / f.periodsPerYear, 2),
                      value: fmt(f.value),
                    })}
                  </li>
                );
              })}
            </ul>
          </div>
          {outcome.result.aboveCeiling && (
            <p className="callout callout-warn" role="alert">
              {t('calc.aboveCeiling', { mqls: fmt(outcome.result.yearly.mqls), ceiling: fmt(MQL_CEILING) })}
            </p>
          )}
          <p className="calc-pacing" data-testid="calc-pacing">
            {t('calc.pacing', {
              day: outcome.result.pacing.day,
              days: outcome.result.pacing.workingDays,
              mqls: fmt(outcome.result.pacing.expectedMqls),
            })}
          </p>
          <div className="row">
            <button className="btn btn-primary" onClick={use} disabled={locked || volumes.length === 0 || !usable}>
              {t('calc.useInSla')}
            </button>
            <span className="muted" data-testid="calc-will-set">
              {volumes.length > 0
                ? t('calc.willSet', {
                    targets: list(
                      volumes.map((v) =>
                        t('calc.willSetOne', {
                          target: fmt(mqlsFor(outcome.result, v.period)),
                          period: t(`calc.periodNoun.${v.period}`),
                          now: v.target === null ? t('calc.notSet') : fmt(v.target),
                        }),
                      ),
                    ),
                  })
                : t('calc.needVolume')}
            </span>
          </div>
        </>
      ) : (
        <p className="callout callout-warn">
          {t('calc.invalid', { errors: outcome.errors.map((e) => funnelErrorText(t, e, inputs)).join(' ') })}
        </p>
      )}
    </section>
  );
}
