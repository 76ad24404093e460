import { useMemo } from 'react';
import { RotateCcw } from 'lucide-react';
import { emptyLead, type LeadTextField } from '../../../shared/scoring/lead';
import { scoreLead } from '../../../shared/scoring/score';
import { gridBands, gridCell } from '../../../shared/scoring/grid';
import { NumberField, TextField } from '../../ui/fields';
import { BandNote, ScoreGrid } from './ScoreGrid';
import { ScoreCard } from './ScoreCard';
import { useSimulator } from './simulatorStore';
import { useModel } from './useModel';

const TEXT_INPUTS: readonly [LeadTextField, string, string][] = [
  ['title', 'Title', 'e.g. Director of Operations'],
  ['seniority', 'Seniority', 'e.g. Director'],
  ['department', 'Department', 'e.g. Operations'],
  ['industry', 'Industry', 'e.g. Logistics'],
  ['region', 'Region', 'e.g. EMEA'],
  ['country', 'Country', 'e.g. Portugal'],
  ['technology', 'Technology', 'e.g. Snowflake'],
  ['email', 'E-mail', 'e.g. ines@tejofreight.com'],
];

/** An emptied count field means "did not happen", so the field stays empty rather than showing 0. */
function withCount(behaviours: Record<string, number>, id: string, n: number | null): Record<string, number> {
  const { [id]: _old, ...rest } = behaviours;
  return n === null ? rest : { ...rest, [id]: n };
}

/** Type one lead, see its fit and engagement, whether it is an MQL, and why. */
export function LeadSimulator() {
  const { w, q } = useModel();
  const { lead, patch } = useSimulator(w.id);
  const score = useMemo(() => scoreLead(q, lead), [q, lead]);
  const bands = useMemo(() => gridBands(q), [q]);
  const cell = gridCell(bands, score.fit, score.engagement);

  return (
    <section className="card section" aria-labelledby="ql-sim-h">
      <div className="section-head">
        <h2 id="ql-sim-h">Simulate a lead</h2>
        <button className="btn btn-sm" onClick={() => patch({ lead: emptyLead() })}><RotateCcw size={16} aria-hidden="true" /> Clear the lead</button>
      </div>
      <p className="muted">Type a real lead from last month: does the room agree with the verdict? If not, change the criteria above.</p>
      <div className="ql-sim">
        <div className="ql-sim-form">
          <fieldset className="ql-fieldset">
            <legend>Who the lead is</legend>
            <div className="grid-2">
              {TEXT_INPUTS.map(([field, label, placeholder]) => (
                <TextField key={field} id={`ql-sim-${field}`} label={label} value={lead[field]} placeholder={placeholder} maxLength={200}
                  onChange={(v) => patch({ lead: { ...lead, [field]: v } })} />
              ))}
              <NumberField id="ql-sim-companySize" label="Company size" unit="employees" value={lead.companySize} integer min={0} max={10_000_000}
                onChange={(companySize) => patch({ lead: { ...lead, companySize } })} />
              <NumberField id="ql-sim-annualRevenue" label="Annual revenue" unit={w.goals.currency} value={lead.annualRevenue} min={0}
                onChange={(annualRevenue) => patch({ lead: { ...lead, annualRevenue } })} />
            </div>
          </fieldset>
          <fieldset className="ql-fieldset">
            <legend>What it did this period</legend>
            {q.engagement.length === 0 && <p className="muted">Add engagement behaviours above to count them here.</p>}
            <div className="grid-2">
              {q.engagement.map((c, i) => (
                <NumberField key={c.id} id={`ql-sim-b-${c.id}`} label={c.behaviour.trim() || `Behaviour ${i + 1}`} unit="times" value={lead.behaviours[c.id] ?? null}
                  integer min={0} max={10_000} onChange={(n) => patch({ lead: { ...lead, behaviours: withCount(lead.behaviours, c.id, n) } })} />
              ))}
              <NumberField id="ql-sim-days" label="Days since last activity" unit="days" value={lead.daysSinceLastActivity || null} integer min={0} max={3650}
                onChange={(d) => patch({ lead: { ...lead, daysSinceLastActivity: d ?? 0 } })} />
            </div>
          </fieldset>
        </div>
        <ScoreCard score={score} threshold={q.mqlThreshold} />
      </div>
      <ScoreGrid bands={bands} highlight={cell} caption={`Where this lead falls: ${cell.fit}${cell.engagement}`} />
      <BandNote bands={bands} />
    </section>
  );
}
