import { ComingLater } from '../ComingLater';

export function MetricsStep() {
  return <ComingLater step="metrics" />;
}
