import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { STEP_IDS, type StepId } from '../../shared/workshop/stepIds';
import { StepRail } from './StepRail';
import { StepFrame } from './StepFrame';
import { TopBar } from './TopBar';
import { useRoute } from './route';
import { useWorkshop } from './workshopStore';
import { useUndoShortcuts } from './useUndoShortcuts';
import { FacilitationLayer } from '../facilitation/FacilitationLayer';

type Screen = () => React.JSX.Element;

/**
 * Each step's screen is its own chunk, so the home list does not wait for ten steps' code
 * (initial JS budget: docs/performance.md). Opening a workshop fetches them all in the background,
 * so walking the steps in front of the room never shows a loading state after the first.
 */
const LOADERS: Record<StepId, () => Promise<Screen>> = {
  commitment: () => import('../steps/01-commitment/CommitmentStep').then((m) => m.CommitmentStep),
  goals: () => import('../steps/02-goals/GoalsStep').then((m) => m.GoalsStep),
  targetBuyer: () => import('../steps/03-target-buyer/TargetBuyerStep').then((m) => m.TargetBuyerStep),
  leadProcess: () => import('../steps/04-lead-process/LeadProcessStep').then((m) => m.LeadProcessStep),
  qualifiedLead: () => import('../steps/05-qualified-lead/QualifiedLeadStep').then((m) => m.QualifiedLeadStep),
  handOff: () => import('../steps/06-hand-off/HandOffStep').then((m) => m.HandOffStep),
  sla: () => import('../steps/07-sla/SlaStep').then((m) => m.SlaStep),
  metrics: () => import('../steps/08-metrics/MetricsStep').then((m) => m.MetricsStep),
  technology: () => import('../steps/09-technology/TechnologyStep').then((m) => m.TechnologyStep),
  feedback: () => import('../steps/10-feedback/FeedbackStep').then((m) => m.FeedbackStep),
};

const SCREENS = Object.fromEntries(
  STEP_IDS.map((id) => [id, lazy(() => LOADERS[id]().then((Component) => ({ default: Component })))]),
) as Record<StepId, React.LazyExoticComponent<Screen>>;

/** The wrap-up after step 10 (renderer/wrapUp): a chunk like a step's. */
const loadWrapUp = () => import('../wrapUp/WrapUpScreen');
const WrapUpScreen = lazy(() => loadWrapUp().then((m) => ({ default: m.WrapUpScreen })));

const prefetchAllSteps = () => [...STEP_IDS.map((id) => LOADERS[id]), loadWrapUp].forEach((load) => void load().catch(() => undefined));

/** A step, or the wrap-up after the last one. */
export type WorkshopView = StepId | 'wrapUp';

export function WorkshopScreen({ workshopId, step: view }: { workshopId: string; step: WorkshopView }) {
  // The wrap-up comes after step 10: shortcuts and facilitation treat it as step 10's room.
  const step: StepId = view === 'wrapUp' ? 'feedback' : view;
  const { workshop, loading, loadError, open } = useWorkshop();
  const navigate = useRoute((s) => s.navigate);
  useUndoShortcuts();
  const { t } = useTranslation();

  useEffect(() => {
    // Once open, a trail this computer held before Accord sealed trails is vouched for (adoptTrail.ts).
    void open(workshopId)
      .then(async () => {
        const w = useWorkshop.getState().workshop;
        if (w?.id !== workshopId) return;
        const [{ adoptLegacyTrail }, { noticeTrail }] = await Promise.all([import('./adoptTrail'), import('./trailNotice')]);
        await adoptLegacyTrail(w);
        await noticeTrail(useWorkshop.getState().workshop ?? w, 'open');
      })
      .catch(() => undefined);
  }, [open, workshopId]);

  useEffect(() => {
    // Electron and browser mode are both Chromium, which has requestIdleCallback.
    const idle = window.requestIdleCallback(prefetchAllSteps, { timeout: 2000 });
    return () => window.cancelIdleCallback(idle);
  }, []);

  useEffect(() => {
    // Alt+←/→ walk the steps, like pages in a book; a facilitator talks while navigating.
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
      const forward = e.key === 'ArrowRight';
      // After step 10 comes the wrap-up; back from the wrap-up is step 10.
      if (view === 'wrapUp' && forward) return;
      e.preventDefault();
      if (view === 'wrapUp') return navigate({ name: 'workshop', workshopId, step: 'feedback' });
      const next = STEP_IDS[STEP_IDS.indexOf(step) + (forward ? 1 : -1)];
      if (next) navigate({ name: 'workshop', workshopId, step: next });
      else if (forward) navigate({ name: 'wrapUp', workshopId });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, step, view, workshopId]);

  if (loadError)
    return (
      <>
        <TopBar />
        <main className="step-main">
          <div className="callout callout-danger" role="alert">
            {loadError}
          </div>
          <button className="btn" onClick={() => navigate({ name: 'home' })}>
            {t('workshop.backHome')}
          </button>
        </main>
      </>
    );
  if (loading || !workshop || workshop.id !== workshopId)
    return (
      <main className="boot" aria-busy="true">
        {t('workshop.opening')}
      </main>
    );

  const Screen = SCREENS[step];
  return (
    <>
      <TopBar />
      <div className="workshop-layout">
        <StepRail current={view} />
        {view === 'wrapUp' ? (
          <Suspense fallback={<main className="boot" aria-busy="true" />}>
            <WrapUpScreen />
          </Suspense>
        ) : (
          <StepFrame step={step} key={step}>
            <Suspense fallback={<div className="boot" aria-busy="true" />}>
              <Screen />
            </Suspense>
          </StepFrame>
        )}
      </div>
      <FacilitationLayer step={step} />
    </>
  );
}
