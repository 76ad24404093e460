import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { DateField, NumberField } from '../../ui/fields';

export function TermSection({ locked }: { locked: boolean }) {
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  return (
    <section className="card section" aria-labelledby="term-h">
      <h2 id="term-h">Term</h2>
      <div className="grid-3">
        <DateField id="effectiveDate" label="Effective date" value={w.sla.effectiveDate} disabled={locked} onChange={(v) => update((d) => void (d.sla.effectiveDate = v))} />
        <NumberField id="termMonths" label="Pilot term" unit="months" value={w.sla.termMonths} disabled={locked} integer min={1} max={60}
          onChange={(v) => update((d) => void (d.sla.termMonths = v))} hint="SLAs fail when they go too fast: a 3-month pilot is a good start." />
      </div>
    </section>
  );
}
