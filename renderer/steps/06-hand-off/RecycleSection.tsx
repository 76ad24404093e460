import { SUGGESTED_RECYCLE_REASONS } from '../../../shared/handOff/defaults';
import { MAX_REASONS } from '../../../shared/workshop/steps/handOff';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { TextField } from '../../ui/fields';
import { TextList } from './TextList';

export function RecycleSection() {
  const h = useOpenWorkshop().handOff;
  const update = useWorkshop((s) => s.update);
  return (
    <section className="card section" aria-labelledby="handoff-recycle-h">
      <h2 id="handoff-recycle-h">Recycling to nurture</h2>
      <div className="recycle-grid">
        <TextList
          label="Reasons to recycle"
          one="recycle reason"
          idBase="handoff-recycle"
          hint="A lead that is not ready goes back to marketing with one of these, never silently."
          items={h.recycleReasons}
          select={(d) => d.handOff.recycleReasons}
          maxItems={MAX_REASONS}
        suggestions={SUGGESTED_RECYCLE_REASONS}
        />
        <TextField id="handoff-reentry" label="Re-entry rule" multiline maxLength={1000} value={h.reentryRule}
          onChange={(v) => update((d) => void (d.handOff.reentryRule = v))}
          hint="When can a recycled lead be handed over again?"
          placeholder="e.g. Only after new engagement worth at least 20 points within 30 days." />
      </div>
    </section>
  );
}
