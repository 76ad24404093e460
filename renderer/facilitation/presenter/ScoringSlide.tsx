import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/workshop/schema';
import type { SampleLead } from '../../../shared/scoring/lead';
import { formatNumber } from '../../i18n/format';
import { scoringView, type CriterionSection, type CriterionView } from './adapters';
import { EmptySlide } from './slides';
import { FitBox } from './FitBox';
import { loose, type LooseT } from './words';

/** "Seniority is one of VP, C-level", "Company size 200–2,000": a criterion as the room set it. */
function criterionText(c: CriterionView, say: LooseT): string {
  if (c.section === 'engagement') return c.behaviour || say('facilitation:presenter.scoring.unnamed');
  if (c.section === 'negative' && c.kind && c.kind !== 'custom') return say(`facilitation:presenter.scoring.negativeKind.${c.kind}`);
  const field = say(`facilitation:presenter.scoring.field.${c.field}`);
  const value = c.operator === 'between' ? say('facilitation:presenter.scoring.between', { min: c.value, max: c.valueMax }) : c.value;
  return `${field} ${say(`facilitation:presenter.scoring.op.${c.operator}`)} ${value}`.trim();
}

/** Signed, with the real minus sign, which reads at a distance. */
const points = (n: number) => (n > 0 ? `+${formatNumber(n)}` : n < 0 ? `−${formatNumber(-n)}` : formatNumber(0));

/**
 * Step 5: the scoring model (fit, engagement, negative, the threshold) and, beside it, the
 * last lead the facilitator tried in the simulator, with the criteria it matched lit up.
 */
export function ScoringSlide({ w, lead, purpose }: { w: Workshop; lead: SampleLead | null; purpose: string }) {
  const { t } = useTranslation('facilitation');
  const say = loose(t);
  const v = scoringView(w, lead);
  if (!v.started && v.criteria.length === 0) return <EmptySlide purpose={purpose} />;
  return (
    <FitBox testId="presenter-artefact" className="pv-scoring">
      <div className="pv-scoring-grid" data-lead={v.lead !== null}>
        <div className="pv-model">
          <p className="pv-rule">
            {t('presenter.scoring.threshold', { points: formatNumber(v.threshold) })}
            {v.minimumFit !== null && v.minimumFit > 0 && <> {t('presenter.scoring.minimumFit', { points: formatNumber(v.minimumFit) })}</>}
          </p>
          {/* Fit in one column, engagement and negative in the other: wide enough for the room's own words. */}
          <div className="pv-columns pv-columns-2">
            {[['fit'], ['engagement', 'negative']].map((group) => (
              <div key={group.join()} className="pv-stack">
                {(group as CriterionSection[]).map((section) => {
                  const list = v.criteria.filter((c) => c.section === section);
                  if (list.length === 0) return null;
                  return (
                    <section key={section} className="pv-block" data-section={section}>
                      <h2 className="pv-label">{t(`presenter.scoring.${section}`)}</h2>
                      <ul className="pv-criteria">
                        {list.map((c) => {
                          const matched = v.lead?.matched.has(c.id) ?? false;
                          return (
                            <li key={c.id} data-matched={matched} data-testid="presenter-criterion">
                              <span className="pv-criterion-text">
                                {matched && (
                                  <span className="pv-match" aria-label={t('presenter.scoring.matched')}>
                                    ✓{' '}
                                  </span>
                                )}
                                {criterionText(c, say)}
                              </span>
                              <strong className="pv-points">
                                {c.veto ? t('presenter.scoring.veto') : points(section === 'negative' ? -c.points : c.points)}
                              </strong>
                            </li>
                          );
                        })}
                      </ul>
                    </section>
                  );
                })}
              </div>
            ))}
          </div>
          {!v.lead && (
            <p className="pv-quiet pv-no-lead" data-testid="presenter-lead">
              {t('presenter.scoring.noLead')}
            </p>
          )}
        </div>
        {v.lead && (
          <aside className="pv-lead" data-testid="presenter-lead" aria-label={t('presenter.scoring.lastLead')}>
            <h2 className="pv-label">{t('presenter.scoring.lastLead')}</h2>
            <p className="pv-lead-who">{[v.lead.title, v.lead.company].filter(Boolean).join(' · ') || t('presenter.scoring.aLead')}</p>
            <p className="pv-lead-score" data-mql={v.lead.isMql}>
              <strong data-testid="presenter-lead-total">{formatNumber(v.lead.total)}</strong>
              <span>{t('presenter.scoring.of', { threshold: formatNumber(v.threshold) })}</span>
            </p>
            <p className="pv-verdict" data-mql={v.lead.isMql}>
              {v.lead.vetoed
                ? `✕ ${t('presenter.scoring.vetoed')}`
                : v.lead.isMql
                  ? `✓ ${t('presenter.scoring.isMql')}`
                  : t('presenter.scoring.notMql')}
            </p>
            <dl className="pv-breakdown">
              <div>
                <dt>{t('presenter.scoring.fit')}</dt>
                <dd>{points(v.lead.fit)}</dd>
              </div>
              <div>
                <dt>{t('presenter.scoring.engagement')}</dt>
                <dd>{points(v.lead.engagement)}</dd>
              </div>
              <div>
                <dt>{t('presenter.scoring.negative')}</dt>
                <dd>{points(-v.lead.negative)}</dd>
              </div>
            </dl>
          </aside>
        )}
      </div>
    </FitBox>
  );
}
