import { useOpenWorkshop } from '../../app/workshopStore';
import { CommitmentsTable } from './CommitmentsTable';
import { TermSection } from './TermSection';
import { SigningPanel } from './SigningPanel';
import { useSlaHash } from './useSlaHash';
import { LockBanner } from './LockBanner';
import './sla.css';

export function SlaStep() {
  const w = useOpenWorkshop();
  const hash = useSlaHash(w);
  const locked = w.sla.signatures.length > 0;
  return (
    <>
      {locked && <LockBanner />}
      <CommitmentsTable locked={locked} />
      <TermSection locked={locked} />
      <SigningPanel hash={hash} />
    </>
  );
}
