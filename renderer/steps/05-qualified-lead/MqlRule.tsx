import { useMemo } from 'react';
import { maxFit, maxTotal } from '../../../shared/scoring/limits';
import { qualifiedLeadGaps, QL_FIELD } from '../../../shared/workshop/stepChecks/qualifiedLead';
import { NumberField } from '../../ui/fields';
import { useModel } from './useModel';

const fmt = new Intl.NumberFormat(undefined);

/** Threshold, minimum fit and decay, with what the criteria can reach said out loud. */
export function MqlRule() {
  const { w, q, edit } = useModel();
  const bestFit = useMemo(() => maxFit(q), [q]);
  const best = useMemo(() => maxTotal(q), [q]);
  // Unreachable settings are shown as they are typed, not only when "Mark step done" is pressed.
  const warnings = useMemo(() => qualifiedLeadGaps(w).filter((g) => g.field === QL_FIELD.threshold || g.field === QL_FIELD.minimumFit), [w]);

  return (
    <section className="card section" aria-labelledby="ql-rule-h">
      <h2 id="ql-rule-h">When is a lead marketing-qualified?</h2>
      <div className="grid-3">
        <NumberField id={QL_FIELD.threshold} label="MQL threshold" unit="points" value={q.mqlThreshold} integer min={1} max={10000}
          hint="Total score a lead needs." onChange={(v) => v !== null && edit((d) => void (d.mqlThreshold = v))} />
        <NumberField id={QL_FIELD.minimumFit} label="Minimum fit" unit="points" value={q.minimumFit} integer min={0} max={10000}
          hint="Optional: fit points needed too. Empty for none." onChange={(v) => edit((d) => void (d.minimumFit = v))} />
        <NumberField id={QL_FIELD.decay} label="Decay" unit="points / week" value={q.decayPointsPerWeek} min={0} max={1000}
          hint="Engagement lost per week without activity." onChange={(v) => edit((d) => void (d.decayPointsPerWeek = v ?? 0))} />
      </div>
      <p className="ql-reach" data-testid="ql-reach">
        With these criteria a lead can collect at most <strong>{fmt.format(bestFit)} fit points</strong> and{' '}
        {best === Infinity ? <strong>any total (a behaviour has no cap)</strong> : <strong>{fmt.format(best)} points in total</strong>}.
      </p>
      {warnings.length > 0 && (
        <div className="callout callout-warn" role="status">
          {warnings.map((g) => <p key={g.field}>{g.message}</p>)}
        </div>
      )}
    </section>
  );
}
