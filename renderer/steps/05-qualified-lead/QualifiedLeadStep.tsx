import { qualifiedLeadStarted } from '../../../shared/workshop/stepChecks/qualifiedLead';
import { BatchSimulator } from './BatchSimulator';
import { DefinitionCard } from './DefinitionCard';
import { EmptyModel } from './EmptyModel';
import { EngagementCriteria } from './EngagementCriteria';
import { FitCriteria } from './FitCriteria';
import { LeadSimulator } from './LeadSimulator';
import { MqlRule } from './MqlRule';
import { MigrationNote } from './MigrationNote';
import { NegativeCriteria } from './NegativeCriteria';
import { SqlCriteria } from './SqlCriteria';
import { useModel } from './useModel';
import './qualifiedLead.css';

export function QualifiedLeadStep() {
  const { w } = useModel();
  if (!qualifiedLeadStarted(w)) return <EmptyModel />;
  return (
    <>
      <MigrationNote />
      <MqlRule />
      <FitCriteria />
      <EngagementCriteria />
      <NegativeCriteria />
      <SqlCriteria />
      <DefinitionCard />
      <LeadSimulator />
      <BatchSimulator />
    </>
  );
}
