import { isLocked } from '../../../shared/sla/versions';
import { useOpenWorkshop } from '../../app/workshopStore';
import { useWarmSlaExport } from '../../pdf/useWarmSlaExport';
import { AuditPanel } from './AuditPanel';
import { CalculatorPanel } from './CalculatorPanel';
import { ClausesSection } from './ClausesSection';
import { CommitmentsTable } from './CommitmentsTable';
import { SigningPanel } from './SigningPanel';
import { StatusBar } from './StatusBar';
import { TermSection } from './TermSection';
import { VersionsPanel } from './VersionsPanel';
import './sla.css';

/**
 * Step 7. Top to bottom the order of the room's work: where the SLA stands (and the one
 * action that moves it on), the numbers, the commitments, the clauses, the term, the people
 * who sign, then the record: versions and the audit trail.
 */
export function SlaStep() {
  const w = useOpenWorkshop();
  const locked = isLocked(w);
  useWarmSlaExport(w);
  return (
    <>
      <StatusBar />
      <CalculatorPanel locked={locked} />
      <CommitmentsTable locked={locked} />
      <ClausesSection locked={locked} />
      <TermSection locked={locked} />
      <SigningPanel />
      <VersionsPanel />
      <AuditPanel />
    </>
  );
}
