import type { Gap } from '../gaps';
import type { Workshop } from '../schema';

/** What step "metrics" still needs before it can be marked done. */
export function metricsGaps(_w: Workshop): Gap[] {
  return [];
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function metricsStarted(_w: Workshop): boolean {
  return false;
}
