import { ComingLater } from '../ComingLater';

export function QualifiedLeadStep() {
  return <ComingLater step="qualifiedLead" />;
}
