import { ComingLater } from '../ComingLater';

export function LeadProcessStep() {
  return <ComingLater step="leadProcess" />;
}
