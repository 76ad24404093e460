import { useMemo } from 'react';
import { ICP_FIELDS } from '../../../shared/workshop/steps/targetBuyer';
import { ICP_FIELD_LABEL } from '../../../shared/targetBuyer/labels';
import { evidenceCounts, icpFacts } from '../../../shared/targetBuyer/persona';
import { useOpenWorkshop } from '../../app/workshopStore';
import { AssumptionSummary } from './Evidence';
import { FactList } from './FactList';

export function IcpSection() {
  const icp = useOpenWorkshop().targetBuyer.icp;
  const counts = useMemo(() => evidenceCounts(icpFacts(icp)), [icp]);
  return (
    <section className="card section" aria-labelledby="icp-h">
      <div className="section-head">
        <h2 id="icp-h">Ideal customer profile</h2>
        <AssumptionSummary counts={counts} />
      </div>
      <p className="muted">
        The companies you win and keep. Tag every fact with where it comes from, so the room can see what is known and what is
        believed.
      </p>
      <div className="icp-grid">
        {ICP_FIELDS.map((field) => (
          <FactList
            key={field}
            label={ICP_FIELD_LABEL[field].label}
            one={ICP_FIELD_LABEL[field].one}
            placeholder={`Add ${ICP_FIELD_LABEL[field].one}, ${ICP_FIELD_LABEL[field].example}`}
            idBase={`icp-${field}`}
            facts={icp[field]}
            select={(d) => d.targetBuyer.icp[field]}
          />
        ))}
      </div>
    </section>
  );
}
