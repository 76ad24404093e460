import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useCheckMessage } from '../../i18n/checks';
import { maxFit, maxTotal } from '../../../shared/scoring/limits';
import { qualifiedLeadGaps, QL_FIELD } from '../../../shared/workshop/stepChecks/qualifiedLead';
import { DECAY_KINDS, type Decay } from '../../../shared/workshop/steps/qualifiedLead';
import { NumberField, SelectField } from '../../ui/fields';
import { useModel } from './useModel';

/** The decay to switch to: each kind keeps a sensible number of its own. */
const decayOf = (kind: Decay['kind'], current: Decay): Decay =>
  kind === current.kind
    ? current
    : kind === 'halfLife'
      ? { kind, days: 30 }
      : kind === 'weeklySinceLast'
        ? { kind, pointsPerWeek: 5 }
        : { kind: 'none' };

/** Threshold, minimum fit and engagement, and decay, with what the criteria can reach said out loud. */
export function MqlRule() {
  const { w, q, edit } = useModel();
  const bestFit = useMemo(() => maxFit(q), [q]);
  const best = useMemo(() => maxTotal(q), [q]);
  const { t } = useTranslation('qualifiedLead');
  const gapMessage = useCheckMessage();
  // Unreachable settings are shown as they are typed, not only when "Mark step done" is pressed.
  const warnings = useMemo(
    () => qualifiedLeadGaps(w).filter((g) => g.field === QL_FIELD.threshold || g.field === QL_FIELD.minimumFit),
    [w],
  );
  // The pre-v5 rule is offered only to a model that still uses it (a migrated workshop).
  const kinds = DECAY_KINDS.filter((k) => k !== 'weeklySinceLast' || q.decay.kind === 'weeklySinceLast');

  return (
    <section className="card section" aria-labelledby="ql-rule-h">
      <h2 id="ql-rule-h">{t('rule.title')}</h2>
      <div className="grid-3">
        <NumberField
          id={QL_FIELD.threshold}
          label={t('rule.threshold')}
          unit={t('rule.points')}
          value={q.mqlThreshold}
          integer
          min={1}
          max={10000}
          hint={t('rule.thresholdHint')}
          onChange={(v) => v !== null && edit((d) => void (d.mqlThreshold = v))}
        />
        <NumberField
          id={QL_FIELD.minimumFit}
          label={t('rule.minimumFit')}
          unit={t('rule.points')}
          value={q.minimumFit}
          integer
          min={0}
          max={10000}
          hint={t('rule.minimumFitHint')}
          onChange={(v) => edit((d) => void (d.minimumFit = v))}
        />
        <NumberField
          id="ql-minimum-engagement"
          label={t('rule.minimumEngagement')}
          unit={t('rule.points')}
          value={q.minimumEngagement}
          integer
          min={0}
          max={10000}
          hint={t('rule.minimumEngagementHint')}
          onChange={(v) => edit((d) => void (d.minimumEngagement = v))}
        />
      </div>
      <div className="grid-3">
        <SelectField
          id={QL_FIELD.decay}
          label={t('rule.decay')}
          value={q.decay.kind}
          options={kinds.map((k) => ({ value: k, label: t(`rule.decayKind.${k}`) }))}
          hint={t(`rule.decayHint.${q.decay.kind}`)}
          onChange={(kind) => edit((d) => void (d.decay = decayOf(kind, q.decay)))}
        />
        {q.decay.kind === 'halfLife' && (
          <NumberField
            id="ql-decay-half-life"
            label={t('rule.halfLife')}
            unit={t('rule.days')}
            value={q.decay.days}
            integer
            min={1}
            max={3650}
            hint={t('rule.halfLifeHint')}
            onChange={(v) => v !== null && edit((d) => void (d.decay = { kind: 'halfLife', days: v }))}
          />
        )}
        {q.decay.kind === 'weeklySinceLast' && (
          <NumberField
            id="ql-decay-weekly"
            label={t('rule.perWeek')}
            unit={t('rule.decayUnit')}
            value={q.decay.pointsPerWeek}
            min={0}
            max={1000}
            onChange={(v) => edit((d) => void (d.decay = { kind: 'weeklySinceLast', pointsPerWeek: v ?? 0 }))}
          />
        )}
      </div>
      <p className="ql-reach" data-testid="ql-reach">
        <Trans
          t={t}
          i18nKey={best === Infinity ? 'rule.reachUncapped' : 'rule.reach'}
          values={{ fit: formatNumber(bestFit), total: formatNumber(best) }}
          components={{ strong: <strong /> }}
        />
      </p>
      {warnings.length > 0 && (
        <div className="callout callout-warn" role="status">
          {warnings.map((g) => (
            <p key={g.field}>{gapMessage(g)}</p>
          ))}
        </div>
      )}
    </section>
  );
}
