import { ComingLater } from '../ComingLater';

export function TechnologyStep() {
  return <ComingLater step="technology" />;
}
