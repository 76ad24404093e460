import type { Gap } from '../gaps';
import type { Workshop } from '../schema';

/** What step "feedback" still needs before it can be marked done. */
export function feedbackGaps(_w: Workshop): Gap[] {
  return [];
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function feedbackStarted(_w: Workshop): boolean {
  return false;
}
