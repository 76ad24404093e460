import { FacilitationButtons } from '../facilitation/FacilitationButtons';
import { HistoryButton } from '../history/HistoryDialog';
import { ShareButton } from '../sync/ShareButton';
import { useOpenWorkshop } from './workshopStore';

/** The top bar's workshop-only tools: timer, capture, presenter view, history. */
export function WorkshopTools() {
  return (
    <>
      <FacilitationButtons />
      <HistoryButton />
      <ShareOpenWorkshop />
    </>
  );
}

/** "Share with team" for the open workshop (renderer/sync; nothing without a team workspace). */
function ShareOpenWorkshop() {
  const w = useOpenWorkshop();
  return <ShareButton workshopId={w.id} name={w.clientCompany || w.title} />;
}
