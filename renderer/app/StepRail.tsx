import { useTranslation } from 'react-i18next';
import { Flag } from 'lucide-react';
import { STEP_IDS, type StepId } from '../../shared/workshop/stepIds';
import { stepStatus } from '../../shared/workshop/gaps';
import { useRoute } from './route';
import { useOpenWorkshop } from './workshopStore';

export function StepRail({ current }: { current: StepId | 'wrapUp' }) {
  const w = useOpenWorkshop();
  const navigate = useRoute((s) => s.navigate);
  const done = w.completedSteps.length;
  const { t } = useTranslation();
  return (
    <nav className="rail" aria-label={t('rail.label')}>
      <div className="rail-heading">{t('rail.progress', { count: done })}</div>
      {STEP_IDS.map((id, i) => {
        const status = stepStatus(w, id);
        return (
          <button
            key={id}
            className="rail-step"
            aria-current={id === current ? 'step' : undefined}
            onClick={() => navigate({ name: 'workshop', workshopId: w.id, step: id })}
          >
            <span className="rail-num" data-status={status} aria-hidden="true">
              {status === 'done' ? '✓' : i + 1}
            </span>
            <span className="rail-label">
              <span>{t(`steps.${id}.title`)}</span>
              <small>{t(`rail.${status}`)}</small>
            </span>
          </button>
        );
      })}
      <button
        className="rail-step rail-wrapup"
        aria-current={current === 'wrapUp' ? 'step' : undefined}
        onClick={() => navigate({ name: 'wrapUp', workshopId: w.id })}
      >
        <span className="rail-num" aria-hidden="true">
          <Flag size={14} />
        </span>
        <span className="rail-label">
          <span>{t('rail.wrapUp')}</span>
          <small>{t('rail.wrapUpHint')}</small>
        </span>
      </button>
    </nav>
  );
}
