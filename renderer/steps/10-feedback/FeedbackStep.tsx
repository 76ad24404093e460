import { ComingLater } from '../ComingLater';

export function FeedbackStep() {
  return <ComingLater step="feedback" />;
}
