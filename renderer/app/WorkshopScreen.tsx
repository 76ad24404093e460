import { useEffect } from 'react';
import { STEP_IDS, type StepId } from '../../shared/workshop/steps';
import { StepRail } from './StepRail';
import { StepFrame } from './StepFrame';
import { TopBar } from './TopBar';
import { useRoute } from './route';
import { useWorkshop } from './workshopStore';
import { CommitmentStep } from '../steps/01-commitment/CommitmentStep';
import { GoalsStep } from '../steps/02-goals/GoalsStep';
import { SlaStep } from '../steps/07-sla/SlaStep';
import { TargetBuyerStep } from '../steps/03-target-buyer/TargetBuyerStep';
import { LeadProcessStep } from '../steps/04-lead-process/LeadProcessStep';
import { QualifiedLeadStep } from '../steps/05-qualified-lead/QualifiedLeadStep';
import { HandOffStep } from '../steps/06-hand-off/HandOffStep';
import { MetricsStep } from '../steps/08-metrics/MetricsStep';
import { TechnologyStep } from '../steps/09-technology/TechnologyStep';
import { FeedbackStep } from '../steps/10-feedback/FeedbackStep';
import { ComingLater } from '../steps/ComingLater';

const SCREENS: Partial<Record<StepId, () => React.JSX.Element>> = {
  commitment: CommitmentStep,
  goals: GoalsStep,
  targetBuyer: TargetBuyerStep,
  leadProcess: LeadProcessStep,
  qualifiedLead: QualifiedLeadStep,
  handOff: HandOffStep,
  sla: SlaStep,
  metrics: MetricsStep,
  technology: TechnologyStep,
  feedback: FeedbackStep,
};

export function WorkshopScreen({ workshopId, step }: { workshopId: string; step: StepId }) {
  const { workshop, loading, loadError, open } = useWorkshop();
  const navigate = useRoute((s) => s.navigate);

  useEffect(() => {
    void open(workshopId);
  }, [open, workshopId]);

  useEffect(() => {
    // Alt+←/→ walk the steps, like pages in a book; a facilitator talks while navigating.
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
      const i = STEP_IDS.indexOf(step) + (e.key === 'ArrowRight' ? 1 : -1);
      const next = STEP_IDS[i];
      if (next) {
        e.preventDefault();
        navigate({ name: 'workshop', workshopId, step: next });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, step, workshopId]);

  if (loadError)
    return (
      <>
        <TopBar />
        <main className="step-main">
          <div className="callout callout-danger" role="alert">{loadError}</div>
          <button className="btn" onClick={() => navigate({ name: 'home' })}>Back to all workshops</button>
        </main>
      </>
    );
  if (loading || !workshop || workshop.id !== workshopId) return <main className="boot" aria-busy="true">Opening workshop…</main>;

  const Screen = SCREENS[step];
  return (
    <>
      <TopBar />
      <div className="workshop-layout">
        <StepRail current={step} />
        <StepFrame step={step} key={step}>
          {Screen ? <Screen /> : <ComingLater step={step} />}
        </StepFrame>
      </div>
    </>
  );
}
