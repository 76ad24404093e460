import { lazy, Suspense, useEffect } from 'react';
import { useOpenWorkshop } from '../../app/workshopStore';
import { StartOptions } from './StartOptions';
import { useLeadProcessUi } from './store';
import './leadProcess.css';

const LeadProcessEditor = lazy(() => import('./LeadProcessEditor'));

export function LeadProcessStep() {
  const w = useOpenWorkshop();
  const resetFor = useLeadProcessUi((s) => s.resetFor);
  useEffect(() => resetFor(w.id), [resetFor, w.id]);

  if (w.leadProcess.stages.length === 0) return <StartOptions />;
  return (
    <Suspense
      fallback={
        <section className="card lp-loading" aria-busy="true">
          Opening the diagram…
        </section>
      }
    >
      <LeadProcessEditor />
    </Suspense>
  );
}
