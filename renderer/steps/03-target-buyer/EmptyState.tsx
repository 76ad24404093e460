import { ArrowRight } from 'lucide-react';
import { sampleTargetBuyer } from '../../../shared/workshop/samples/targetBuyer';
import { PersonaCard } from './PersonaCard';

const example = sampleTargetBuyer().personas[0]!;

/** What good looks like and why it matters, with one way in. */
export function EmptyState({ onStart }: { onStart(focusId?: string): void }) {
  return (
    <section className="card section tb-empty" aria-labelledby="tb-empty-h">
      <div className="tb-empty-text">
        <h2 id="tb-empty-h">Agree who you sell to, before you agree what a good lead is</h2>
        <p>
          Only <strong>12 %</strong> of sales executives think marketing-qualified leads matter. A shared picture of the buyer is
          where that changes: when both teams describe the same companies and the same people, a lead marketing hands over is one
          sales recognises.
        </p>
        <p>
          Describe the ideal customer profile — industry, size, region, revenue, technology, and who you will not sell to — then the
          people in the deal as personas. Tag each fact: <em>customer data</em>, <em>sales feedback</em>, or an honest{' '}
          <em>assumption</em>.
        </p>
        <div>
          <button className="btn btn-primary" onClick={() => onStart()}>
            Describe your buyer <ArrowRight size={18} aria-hidden="true" />
          </button>
        </div>
      </div>
      <figure className="tb-empty-example">
        <figcaption className="muted">Example from the Northwind Analytics sample</figcaption>
        <PersonaCard persona={example} index={0} count={1} />
      </figure>
      {/* Targets for the "Mark step done" summary: they open the editors and land on the field. */}
      {['icp-industries-new', 'add-persona'].map((id) => (
        <span key={id} id={id} tabIndex={-1} className="sr-only" onFocus={() => onStart(id)} />
      ))}
    </section>
  );
}
