import { ComingLater } from '../ComingLater';

export function TargetBuyerStep() {
  return <ComingLater step="targetBuyer" />;
}
