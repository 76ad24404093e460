import { TriggerSection } from './TriggerSection';
import { RoutingSection } from './RoutingSection';
import { AcceptanceSection } from './AcceptanceSection';
import { CadenceSection } from './CadenceSection';
import { RecycleSection } from './RecycleSection';
import './handOff.css';

export function HandOffStep() {
  return (
    <>
      <TriggerSection />
      <RoutingSection />
      <AcceptanceSection />
      <CadenceSection />
      <RecycleSection />
    </>
  );
}
