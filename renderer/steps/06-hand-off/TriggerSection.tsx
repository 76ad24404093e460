import { ArrowRight } from 'lucide-react';
import { SUGGESTED_TRIGGER_CONDITIONS } from '../../../shared/handOff/defaults';
import { MAX_CONDITIONS } from '../../../shared/workshop/steps/handOff';
import { useOpenWorkshop } from '../../app/workshopStore';
import { useRoute } from '../../app/route';
import { TextList } from './TextList';

const pts = new Intl.NumberFormat(undefined);

export function TriggerSection() {
  const w = useOpenWorkshop();
  const q = w.qualifiedLead;
  return (
    <section className="card section" aria-labelledby="handoff-trigger-h">
      <h2 id="handoff-trigger-h">When a lead is handed over</h2>
      <div className="threshold-box">
        <p className="threshold-text">
          A lead goes to sales when its score reaches <strong className="threshold-value">{pts.format(q.mqlThreshold)} points</strong>
          {q.minimumFit !== null && <> with a fit score of at least <strong>{pts.format(q.minimumFit)} points</strong></>}.
        </p>
        <p className="muted">
          {q.started ? 'The MQL threshold is set in step 5.' : 'Step 5 has not been worked on yet: this is the starting threshold.'}
        </p>
        <div>
          <button className="btn btn-sm" onClick={() => useRoute.getState().navigate({ name: 'workshop', workshopId: w.id, step: 'qualifiedLead' })}>
            Change it in step 5 <ArrowRight size={16} aria-hidden="true" />
          </button>
        </div>
      </div>
      <TextList
        label="Extra conditions"
        one="condition"
        idBase="handoff-condition"
        hint="Besides the score, what must be true before sales gets the lead?"
        items={w.handOff.triggerConditions}
        select={(d) => d.handOff.triggerConditions}
        maxItems={MAX_CONDITIONS}
        suggestions={SUGGESTED_TRIGGER_CONDITIONS}
        maxLength={300}
      />
    </section>
  );
}
