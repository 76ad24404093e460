import { ArrowRight, Plus, X } from 'lucide-react';
import { MAX_PERSONAS } from '../../../shared/workshop/steps/targetBuyer';
import { useOpenWorkshop } from '../../app/workshopStore';
import { useRoute } from '../../app/route';
import { PersonaCard } from './PersonaCard';
import { PersonaEditor } from './PersonaEditor';
import { usePersonaActions, type Conversion } from './usePersonaActions';

export function PersonasSection() {
  const workshopId = useOpenWorkshop().id;
  const { personas, full, add, actionsFor, editing, setEditing, conversion, setConversion } = usePersonaActions();
  const toStep5 = () => useRoute.getState().navigate({ name: 'workshop', workshopId, step: 'qualifiedLead' });

  return (
    <section className="card section" aria-labelledby="personas-h">
      <div className="section-head">
        <h2 id="personas-h">Personas</h2>
        <button className="btn btn-primary" id="add-persona" onClick={add} disabled={full} title={full ? `${MAX_PERSONAS} personas is the most a workshop holds` : undefined}>
          <Plus size={18} aria-hidden="true" /> Add persona
        </button>
      </div>
      <p className="muted">
        The people who buy, influence, use or guard the purchase. Open a card to edit it; turn a persona into scoring criteria for
        step 5 in one click.
      </p>
      <p className="sr-only" id="persona-keys">Enter edits the persona; Alt+Up and Alt+Down move it.</p>
      {personas.length === 0 ? (
        <p className="muted">No personas yet. Start with the person who signs the contract, then add who influences, uses and guards the purchase.</p>
      ) : (
        <div className="persona-grid">
          {personas.map((p, i) => (
            <PersonaCard key={p.id} persona={p} index={i} count={personas.length} actions={actionsFor(i)}
              note={conversion?.personaId === p.id && <ConversionNote conversion={conversion} onGo={toStep5} onDismiss={() => setConversion(null)} />} />
          ))}
        </div>
      )}
      {editing && <PersonaEditor personaId={editing.id} focus={editing.focus} onClose={() => setEditing(null)} />}
    </section>
  );
}

function ConversionNote({ conversion: c, onGo, onDismiss }: { conversion: Conversion; onGo(): void; onDismiss(): void }) {
  const what = `${c.added} scoring ${c.added === 1 ? 'criterion' : 'criteria'}`;
  return (
    <div className="callout callout-info conversion" role="status">
      <span>
        {c.added === 0
          ? `Step 5 already has every scoring criterion “${c.personaName}” implies.`
          : `Added ${what} to step 5 from “${c.personaName}”. Review their points there.`}
      </span>
      <button className="btn btn-sm" onClick={onGo}>
        Go to step 5 <ArrowRight size={16} aria-hidden="true" />
      </button>
      <button className="btn btn-ghost btn-sm icon-btn" aria-label="Dismiss" onClick={onDismiss}>
        <X size={16} aria-hidden="true" />
      </button>
    </div>
  );
}
