import { STEP_IDS, type StepId } from '../../shared/workshop/steps';
import { stepStatus, type StepStatus } from '../../shared/workshop/gaps';
import { STEP_META } from './stepMeta';
import { useRoute } from './route';
import { useOpenWorkshop } from './workshopStore';

const STATUS_LABEL: Record<StepStatus, string> = { notStarted: 'Not started', inProgress: 'In progress', done: 'Done' };

export function StepRail({ current }: { current: StepId }) {
  const w = useOpenWorkshop();
  const navigate = useRoute((s) => s.navigate);
  const done = w.completedSteps.length;
  return (
    <nav className="rail" aria-label="Workshop steps">
      <div className="rail-heading">{done} of 10 steps done</div>
      {STEP_IDS.map((id, i) => {
        const status = stepStatus(w, id);
        return (
          <button
            key={id}
            className="rail-step"
            aria-current={id === current ? 'step' : undefined}
            onClick={() => navigate({ name: 'workshop', workshopId: w.id, step: id })}
          >
            <span className="rail-num" data-status={status} aria-hidden="true">{status === 'done' ? '✓' : i + 1}</span>
            <span className="rail-label">
              <span>{STEP_META[id].title}</span>
              <small>{STATUS_LABEL[status]}</small>
            </span>
          </button>
        );
      })}
    </nav>
  );
}
