import { ROUTING_METHODS, TRAVELS_WITH } from '../../../shared/workshop/steps/handOff';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { SelectField, TextField } from '../../ui/fields';

type Routing = (typeof ROUTING_METHODS)[number];
type Travels = (typeof TRAVELS_WITH)[number];

const ROUTING: Record<Routing, { label: string; detail: string; placeholder: string }> = {
  roundRobin: { label: 'Round robin', detail: 'Who is in the rotation', placeholder: 'e.g. the four SDRs in the Lisbon team' },
  territory: { label: 'Territory', detail: 'Territory rules', placeholder: 'e.g. EU → Lisbon team; North America → Austin team' },
  accountOwner: { label: 'Account owner', detail: 'When the account has no owner', placeholder: 'e.g. unowned accounts go round robin to the SDRs' },
  namedQueue: { label: 'Named queue', detail: 'Queue name', placeholder: 'e.g. Inbound MQL queue' },
};

const TRAVELS: Record<Travels, { label: string; hint: string }> = {
  activityHistory: { label: 'Activity history', hint: 'Pages visited, e-mails opened, events attended' },
  contentConsumed: { label: 'Content consumed', hint: 'What they downloaded, read and watched' },
  scoreBreakdown: { label: 'Score breakdown', hint: 'Fit and engagement points, and why it is an MQL' },
  personaMatch: { label: 'Persona match', hint: 'Which step-3 persona the lead looks like' },
};

export function RoutingSection() {
  const h = useOpenWorkshop().handOff;
  const update = useWorkshop((s) => s.update);
  const toggle = (t: Travels, on: boolean) =>
    update((d) => {
      const list = d.handOff.travelsWith.filter((x) => x !== t);
      // Keep the catalogue's order so documents list them the same way every time.
      d.handOff.travelsWith = TRAVELS_WITH.filter((x) => x === t ? on : list.includes(x));
    });
  return (
    <section className="card section" aria-labelledby="handoff-routing-h">
      <h2 id="handoff-routing-h">Routing and what travels with the lead</h2>
      <div className="routing-grid">
        <SelectField id="handoff-routing" label="Routing" value={h.routing}
          options={ROUTING_METHODS.map((r) => ({ value: r, label: ROUTING[r].label }))}
          onChange={(routing) => update((d) => void (d.handOff.routing = routing))} />
        <TextField id="handoff-routing-detail" label={ROUTING[h.routing].detail} value={h.routingDetail} maxLength={500} multiline
          placeholder={ROUTING[h.routing].placeholder} onChange={(v) => update((d) => void (d.handOff.routingDetail = v))} />
      </div>
      <fieldset className="travels">
        <legend className="field-label">What travels with the lead</legend>
        <div className="travels-options">
          {TRAVELS_WITH.map((t) => (
            <label key={t} className="travels-option">
              <input type="checkbox" checked={h.travelsWith.includes(t)} onChange={(e) => toggle(t, e.target.checked)} />
              <span>
                <strong>{TRAVELS[t].label}</strong>
                <small>{TRAVELS[t].hint}</small>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
