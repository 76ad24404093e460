import { Sparkles } from 'lucide-react';
import { starterModel } from '../../../shared/scoring/starterModel';
import { useModel } from './useModel';

/** An empty step teaches: what a model looks like, why it matters, and one button to start. */
export function EmptyModel() {
  const { edit } = useModel();
  return (
    <section className="card section ql-start" aria-labelledby="ql-start-h">
      <h2 id="ql-start-h">Agree what “qualified” means, in points</h2>
      <p>
        Only 12 % of sales executives think marketing-qualified leads matter — usually because the two teams never agreed what
        “qualified” means. A score both teams can read turns that argument into a number you can tune together.
      </p>
      <div className="ql-example">
        <p className="ql-example-h">What good looks like (Northwind Analytics, the sample workshop)</p>
        <ul>
          <li><strong>Fit:</strong> industry is one of Software, Financial services, Retail, Logistics +15; company size at least 200 employees +10; seniority Director or above +15.</li>
          <li><strong>Engagement:</strong> requested a demo +30; visited the pricing page +10 each time, at most 20 a month; −5 per week without activity.</li>
          <li><strong>Disqualified:</strong> competitors, students, free e-mail addresses.</li>
          <li><strong>MQL:</strong> at least 60 points, 25 of them from fit. <strong>SQL:</strong> budget, authority, need and timing confirmed by an SDR.</li>
        </ul>
      </div>
      <div className="row">
        <button className="btn btn-primary" onClick={() => edit((d) => void Object.assign(d, starterModel()))}>
          <Sparkles size={18} aria-hidden="true" /> Start from the starter model
        </button>
        <button className="btn btn-ghost" onClick={() => edit((d) => void (d.started = true))}>Start from an empty model</button>
      </div>
      <p className="muted">The starter model is a generic B2B model: the room changes every row to fit the business.</p>
    </section>
  );
}
