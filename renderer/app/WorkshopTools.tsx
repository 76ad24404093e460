import { FacilitationButtons } from '../facilitation/FacilitationButtons';
import { HistoryButton } from '../history/HistoryDialog';

/** The top bar's workshop-only tools: timer, capture, presenter view, history. */
export function WorkshopTools() {
  return (
    <>
      <FacilitationButtons />
      <HistoryButton />
    </>
  );
}
