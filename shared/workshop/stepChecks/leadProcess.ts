import type { Gap } from '../gaps';
import type { Workshop } from '../schema';

/** What step "leadProcess" still needs before it can be marked done. */
export function leadProcessGaps(_w: Workshop): Gap[] {
  return [];
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function leadProcessStarted(_w: Workshop): boolean {
  return false;
}
