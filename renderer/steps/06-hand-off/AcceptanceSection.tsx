import { SUGGESTED_REJECTION_REASONS } from '../../../shared/handOff/defaults';
import { MAX_REASONS } from '../../../shared/workshop/steps/handOff';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { NumberField } from '../../ui/fields';
import { TextList } from './TextList';

export function AcceptanceSection() {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const firstTouch = w.sla.commitments.find((c) => c.kind === 'firstTouch')?.target;
  return (
    <section className="card section" aria-labelledby="handoff-accept-h">
      <h2 id="handoff-accept-h">Sales acceptance</h2>
      <div className="acceptance-grid">
        <NumberField id="handoff-acceptance" label="Sales acceptance window" unit="hours" integer min={1} max={720}
          value={w.handOff.acceptanceWindowHours} onChange={(v) => update((d) => void (d.handOff.acceptanceWindowHours = v))}
          hint={firstTouch ? `Sales accepts or rejects each lead within this time. The SLA promises first touch within ${firstTouch} hours.` : 'Sales accepts or rejects each lead within this time.'} />
        <TextList
          label="Rejection reasons"
          one="rejection reason"
          idBase="handoff-rejection"
          hint="Sales picks one when it sends a lead back, so marketing learns what to change."
          items={w.handOff.rejectionReasons}
          select={(d) => d.handOff.rejectionReasons}
          maxItems={MAX_REASONS}
        suggestions={SUGGESTED_REJECTION_REASONS}
        />
      </div>
    </section>
  );
}
