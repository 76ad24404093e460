import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  COMMITMENT_KINDS,
  isTimeLimited,
  PERIODS,
  RESPONSE_ACTIONS,
  WEEKDAYS,
  type ResponseAction,
  type SlaCommitment,
  type Weekday,
} from '../../../shared/workshop/steps/sla';
import { describeCommitment } from '../../../shared/sla/commitmentText';
import {
  commitmentProblems,
  kindPatch,
  levelPatch,
  linkableDeliveries,
  MARKETING_KINDS,
  needsTarget,
  SALES_KINDS,
  type CommitmentProblem,
} from '../../../shared/sla/commitmentRules';
import { AT_RISK_LIMITS, LEVEL_LIMITS, TARGET_LIMITS, WITHIN_DAYS_LIMITS } from '../../../shared/sla/commitmentLimits';
import type { Language } from '../../../shared/workshop/schema';
import { NumberField, SelectField } from '../../ui/fields';
import { typingIn } from '../../app/undoScope';
import { TeamBadge } from '../../ui/TeamBadge';
import { RhythmFields } from './RhythmFields';

interface Props {
  c: SlaCommitment;
  n: number;
  all: readonly SlaCommitment[];
  locked: boolean;
  language: Language;
  set: (patch: Partial<SlaCommitment>) => void;
  remove: () => void;
}

/** A field's problem in the UI language (the freeze check words the same codes per commitment). */
function problemText(t: TFunction<'sla'>, p: CommitmentProblem): string | null {
  switch (p.code) {
    case 'atRiskNotBelowMet':
      return p.ofLeads
        ? t('commitments.problem.atRiskNotBelowMetLeads', { atRisk: p.atRisk, met: p.met })
        : t('commitments.problem.atRiskNotBelowMetTarget', { atRisk: p.atRisk });
    case 'atRiskMissing':
    case 'levelMissing':
    case 'linkGone':
      return t(`commitments.problem.${p.code}`);
    case 'percentAbove100':
      return t('commitments.problem.percentAbove100', { value: p.value });
    default:
      // A missing target or "within" is said by the freeze check; the empty field shows it here.
      return null;
  }
}

/**
 * One commitment: what it is, its target, when a period is met and where "at risk" starts, its
 * period, and for sales the delivery it answers. Problems show under the field they are about.
 */
export function CommitmentRow({ c, n, all, locked, language, set, remove }: Props) {
  const { t } = useTranslation('sla');
  const text = describeCommitment(c, language, all);
  const kinds = COMMITMENT_KINDS.filter((k) => k === c.kind || (c.party === 'marketing' ? MARKETING_KINDS : SALES_KINDS).includes(k));
  const timeLimited = isTimeLimited(c.kind);
  const problems = commitmentProblems(c, all);
  const errorFor = (field: CommitmentProblem['field']) => {
    const p = problems.find((x) => x.field === field);
    const words = p ? problemText(t, p) : null;
    return words ? (
      <p className="field-error" role="alert" id={`commitment-${c.id}-${field}-error`}>
        {words}
      </p>
    ) : null;
  };
  const deliveries = linkableDeliveries(all).filter((d) => d.id !== c.id);
  const answeredBy = all.flatMap((x, i) => (x.linkedTo === c.id ? [String(i + 1)] : []));

  return (
    <article className="commitment-row" aria-label={t('commitments.row', { n, what: text.what })} data-testid="commitment-row">
      <div className="commitment-head">
        <TeamBadge team={c.party} />
        <strong className="commitment-text" data-testid="commitment-text" lang={language}>
          {text.what}
        </strong>
        {!locked && (
          <button className="btn btn-ghost btn-sm icon-btn" aria-label={t('commitments.remove', { n })} onClick={remove}>
            <Trash2 size={16} />
          </button>
        )}
      </div>
      {answeredBy.length > 0 && <p className="muted commitment-answered">{t('commitments.answeredBy', { list: answeredBy.join(', ') })}</p>}
      <div className="commitment-fields commitment-fields-v5">
        <SelectField
          id={`commitment-${c.id}-kind`}
          label={t('commitments.kindField')}
          value={c.kind}
          disabled={locked}
          options={kinds.map((k) => ({ value: k, label: t(`commitments.kind.${k}`) }))}
          onChange={(kind) => set(kindPatch(c, kind))}
        />
        {c.kind === 'qualifyBy' && (
          <>
            <SelectField<ResponseAction>
              id={`commitment-${c.id}-action`}
              label={t('commitments.action')}
              value={c.action ?? 'qualify'}
              disabled={locked}
              options={RESPONSE_ACTIONS.map((a) => ({ value: a, label: t(`commitments.actionOption.${a}`) }))}
              onChange={(action) => set({ action })}
            />
            <SelectField<Weekday | 'hours'>
              id={`commitment-${c.id}-due`}
              label={t('commitments.due')}
              value={c.byDay ?? 'hours'}
              disabled={locked}
              options={[
                { value: 'hours', label: t('commitments.dueWithin') },
                ...WEEKDAYS.map((d) => ({ value: d, label: t(`commitments.dueBy.${d}`) })),
              ]}
              onChange={(due) => set(due === 'hours' ? { byDay: null } : { byDay: due, target: null })}
            />
          </>
        )}
        {needsTarget(c) && (
          <div>
            <NumberField
              id={`commitment-${c.id}-target`}
              label={t('commitments.target')}
              unit={t(`commitments.unit.${c.kind}`)}
              value={c.target}
              disabled={locked}
              onChange={(target) => set({ target })}
              {...TARGET_LIMITS[c.kind]}
            />
            {errorFor('target')}
          </div>
        )}
        {c.kind === 'followUpAttempts' && (
          <NumberField
            id={`commitment-${c.id}-withinDays`}
            label={t('commitments.within')}
            unit={t('commitments.days')}
            value={c.withinDays}
            disabled={locked}
            onChange={(withinDays) => set({ withinDays })}
            {...WITHIN_DAYS_LIMITS}
          />
        )}
        <SelectField
          id={`commitment-${c.id}-period`}
          label={t('commitments.measured')}
          value={c.period}
          disabled={locked}
          options={PERIODS.map((p) => ({ value: p, label: t(`commitments.period.${p}`) }))}
          onChange={(period) => set(period === 'week' ? { period } : { period, rhythm: null })}
        />
        {timeLimited && (
          <div>
            <NumberField
              id={`commitment-${c.id}-level`}
              label={t('commitments.level')}
              unit={t('commitments.levelUnit')}
              value={c.level}
              disabled={locked}
              onChange={(level) => set(levelPatch(c, level))}
              {...LEVEL_LIMITS}
            />
            {errorFor('level')}
          </div>
        )}
        <div>
          <NumberField
            id={`commitment-${c.id}-atRisk`}
            label={t('commitments.atRisk')}
            unit={t(`commitments.atRiskUnit.${timeLimited ? 'ofLeads' : 'ofTarget'}`)}
            value={c.atRisk}
            disabled={locked}
            onChange={(atRisk) => set({ atRisk })}
            {...AT_RISK_LIMITS}
          />
          {errorFor('atRisk')}
        </div>
        {c.party === 'sales' && (deliveries.length > 0 || c.linkedTo !== null) && (
          <div>
            <SelectField<string>
              id={`commitment-${c.id}-linkedTo`}
              label={t('commitments.linkedTo')}
              value={c.linkedTo ?? 'none'}
              disabled={locked}
              options={[
                { value: 'none', label: t('commitments.linkedNone') },
                ...deliveries.map((d) => ({
                  value: d.id,
                  label: t('commitments.linkedOption', { n: all.indexOf(d) + 1, what: describeCommitment(d, language, all).plain }),
                })),
                ...(c.linkedTo !== null && !deliveries.some((d) => d.id === c.linkedTo) ? [{ value: c.linkedTo, label: '—' }] : []),
              ]}
              onChange={(linkedTo) => set({ linkedTo: linkedTo === 'none' ? null : linkedTo })}
            />
            {errorFor('linkedTo')}
          </div>
        )}
        <div className="field commitment-note">
          <label htmlFor={`commitment-${c.id}-note`}>{t('commitments.note')}</label>
          <input
            id={`commitment-${c.id}-note`}
            className="input"
            value={c.note}
            maxLength={500}
            disabled={locked}
            onChange={(e) => typingIn(`field:sla.commitments.${c.id}.note`, () => set({ note: e.target.value }))}
          />
        </div>
      </div>
      {c.period === 'week' && c.kind === 'mqlVolume' && <RhythmFields c={c} locked={locked} set={set} />}
    </article>
  );
}
