import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useGapMessage } from '../../i18n/gaps';
import { maxFit, maxTotal } from '../../../shared/scoring/limits';
import { qualifiedLeadGaps, QL_FIELD } from '../../../shared/workshop/stepChecks/qualifiedLead';
import { NumberField } from '../../ui/fields';
import { useModel } from './useModel';

/** Threshold, minimum fit and decay, with what the criteria can reach said out loud. */
export function MqlRule() {
  const { w, q, edit } = useModel();
  const bestFit = useMemo(() => maxFit(q), [q]);
  const best = useMemo(() => maxTotal(q), [q]);
  const { t } = useTranslation('qualifiedLead');
  const gapMessage = useGapMessage();
  // Unreachable settings are shown as they are typed, not only when "Mark step done" is pressed.
  const warnings = useMemo(() => qualifiedLeadGaps(w).filter((g) => g.field === QL_FIELD.threshold || g.field === QL_FIELD.minimumFit), [w]);

  return (
    <section className="card section" aria-labelledby="ql-rule-h">
      <h2 id="ql-rule-h">{t('rule.title')}</h2>
      <div className="grid-3">
        <NumberField id={QL_FIELD.threshold} label={t('rule.threshold')} unit={t('rule.points')} value={q.mqlThreshold} integer min={1} max={10000}
          hint={t('rule.thresholdHint')} onChange={(v) => v !== null && edit((d) => void (d.mqlThreshold = v))} />
        <NumberField id={QL_FIELD.minimumFit} label={t('rule.minimumFit')} unit={t('rule.points')} value={q.minimumFit} integer min={0} max={10000}
          hint={t('rule.minimumFitHint')} onChange={(v) => edit((d) => void (d.minimumFit = v))} />
        <NumberField id={QL_FIELD.decay} label={t('rule.decay')} unit={t('rule.decayUnit')} value={q.decayPointsPerWeek} min={0} max={1000}
          hint={t('rule.decayHint')} onChange={(v) => edit((d) => void (d.decayPointsPerWeek = v ?? 0))} />
      </div>
      <p className="ql-reach" data-testid="ql-reach">
        <Trans t={t} i18nKey={best === Infinity ? 'rule.reachUncapped' : 'rule.reach'} values={{ fit: formatNumber(bestFit), total: formatNumber(best) }}
          components={{ strong: <strong /> }} />
      </p>
      {warnings.length > 0 && (
        <div className="callout callout-warn" role="status">
          {warnings.map((g) => <p key={g.field}>{gapMessage(g)}</p>)}
        </div>
      )}
    </section>
  );
}
