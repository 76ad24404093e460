import { useState } from 'react';
import { targetBuyerStarted } from '../../../shared/workshop/stepChecks/targetBuyer';
import { useOpenWorkshop } from '../../app/workshopStore';
import { EmptyState } from './EmptyState';
import { IcpSection } from './IcpSection';
import { PersonasSection } from './PersonasSection';
import './targetBuyer.css';

export function TargetBuyerStep() {
  const w = useOpenWorkshop();
  const [starting, setStarting] = useState(false);
  if (!starting && !targetBuyerStarted(w))
    return (
      <EmptyState
        onStart={(focusId = 'icp-industries-new') => {
          setStarting(true);
          requestAnimationFrame(() => document.getElementById(focusId)?.focus());
        }}
      />
    );
  return (
    <>
      <IcpSection />
      <PersonasSection />
    </>
  );
}
