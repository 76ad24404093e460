import type { StepId } from '../../shared/workshop/steps';
import { STEP_META } from '../app/stepMeta';

/** Honest placeholder: the step exists in the workshop's spine but has no screen yet. */
export function ComingLater({ step }: { step: StepId }) {
  return (
    <section className="card coming-later" aria-label="Not available yet">
      <h2>Coming in a later version</h2>
      <p>
        “{STEP_META[step].title}” is part of every Accord workshop, but this version of the app does not have its
        screen yet. Capture what the room decides in your notes for now; nothing here is saved for this step.
      </p>
    </section>
  );
}
