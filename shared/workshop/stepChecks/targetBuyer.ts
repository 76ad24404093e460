import type { Gap } from '../gaps';
import type { Workshop } from '../schema';

/** What step "targetBuyer" still needs before it can be marked done. */
export function targetBuyerGaps(_w: Workshop): Gap[] {
  return [];
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function targetBuyerStarted(_w: Workshop): boolean {
  return false;
}
